package org.alliance.support.person;

import java.util.Arrays;
import java.util.Optional;

/** The person's first answer about sharing, asked when they are registered. */
public enum ConsentAtRegistration {
  GIVEN(
      "given", "Yes, with every member of the alliance (general entries only, no sensitive ones)"),
  REFUSED("refused", "No, only this member may see it"),
  NOT_ASKED("not-asked", "Not asked yet");

  private final String code;
  private final String label;

  ConsentAtRegistration(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  static Optional<ConsentAtRegistration> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
