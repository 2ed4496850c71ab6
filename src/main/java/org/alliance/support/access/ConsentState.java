package org.alliance.support.access;

import java.util.Arrays;
import java.util.Optional;

public enum ConsentState {
  GIVEN("given", "Given"),
  REFUSED("refused", "Refused"),
  WITHDRAWN("withdrawn", "Withdrawn");

  private final String code;
  private final String label;

  ConsentState(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<ConsentState> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
