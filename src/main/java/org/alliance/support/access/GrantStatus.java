package org.alliance.support.access;

import java.util.Arrays;
import java.util.Optional;

public enum GrantStatus {
  REQUESTED("requested", "Waiting for a decision"),
  ACTIVE("active", "In force"),
  REFUSED("refused", "Refused"),
  REVOKED("revoked", "Ended early");

  private final String code;
  private final String label;

  GrantStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<GrantStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
