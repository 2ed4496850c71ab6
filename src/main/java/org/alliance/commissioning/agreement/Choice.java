package org.alliance.commissioning.agreement;

import java.util.Arrays;
import java.util.Optional;

/** A leadership team member's vote on a decision. */
enum Choice {
  FOR("for", "For"),
  /** Dissent: always with its reason, since one dissent blocks a key decision. */
  AGAINST("against", "Against (dissent)"),
  ABSTAIN("abstain", "Abstained");

  private final String code;
  private final String label;

  Choice(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  static Optional<Choice> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
