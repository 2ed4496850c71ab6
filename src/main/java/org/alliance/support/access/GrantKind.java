package org.alliance.support.access;

import java.util.Arrays;
import java.util.Optional;

/** How someone came to have (or to be refused) access to a person's record. */
public enum GrantKind {
  /** The person's own team at a member, and their trusted individual. */
  STANDARD("standard", "Standard"),
  /** A practitioner at another member asked and someone in the person's team approved. */
  SPECIFIC("specific", "Specific"),
  /** Urgent, with a stated reason, time-limited, reviewed afterwards. */
  BREAK_GLASS("break-glass", "Break glass"),
  /** The person's refusal of a member or worker, or a conflict of interest: wins over all. */
  EXCLUDED("excluded", "Excluded");

  private final String code;
  private final String label;

  GrantKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<GrantKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
