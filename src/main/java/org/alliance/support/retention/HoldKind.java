package org.alliance.support.retention;

import java.util.Optional;

/** Why the data-protection lead keeps a record past its retention date. */
public enum HoldKind {
  SAFEGUARDING("safeguarding", "Ongoing safeguarding concern"),
  LEGAL_HOLD("legal-hold", "Legal hold (a claim, court proceedings or a public inquiry)"),
  ONGOING_SUPPORT("ongoing-support", "The person is still being supported"),
  COMPLAINT_OR_INVESTIGATION(
      "complaint-or-investigation", "A complaint, serious incident or investigation is open"),
  OTHER("other", "Another reason");

  private final String code;
  private final String label;

  HoldKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  static Optional<HoldKind> fromCode(String code) {
    for (HoldKind kind : values()) {
      if (kind.code.equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
