package org.alliance.support.retention;

import java.util.Optional;

/**
 * Why a record was destroyed. A fixed choice, not the lead's own words: the audit entry of a
 * destruction must hold no personal data, and free text could.
 */
public enum DestructionReason {
  RETENTION_ENDED(
      "retention-period-ended",
      "The retention period has ended and nothing requires the record to be kept"),
  ERASURE_REQUESTED(
      "erasure-requested",
      "The retention period has ended and the person has asked for their record to be erased");

  private final String code;
  private final String label;

  DestructionReason(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  static Optional<DestructionReason> fromCode(String code) {
    for (DestructionReason reason : values()) {
      if (reason.code.equals(code)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
