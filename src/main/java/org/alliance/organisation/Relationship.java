package org.alliance.organisation;

import java.util.Arrays;
import java.util.Optional;

/** How an organisation stands to the alliance. */
public enum Relationship {
  MEMBER("member", "Alliance member"),
  COMMISSIONER("commissioner", "Commissioning council"),
  COMMUNITY("community", "Community organisation");

  private final String code;
  private final String label;

  Relationship(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Relationship> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
