package org.alliance.support.referral;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a referral stands. Sent and accepted are "waiting": one at a time per person and target.
 */
public enum ReferralStatus {
  SENT("sent", "Sent", "blue"),
  ACCEPTED("accepted", "Accepted", "turquoise"),
  DECLINED("declined", "Declined", "red"),
  STARTED("started", "Started", "green"),
  COMPLETED("completed", "Completed", "grey"),
  WITHDRAWN("withdrawn", "Withdrawn", "grey");

  private final String code;
  private final String label;
  private final String colour;

  ReferralStatus(String code, String label, String colour) {
    this.code = code;
    this.label = label;
    this.colour = colour;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The GOV.UK tag class for the status. */
  public String tagClass() {
    return "govuk-tag govuk-tag--" + colour;
  }

  /** Still under way: sent, accepted or started. */
  public boolean open() {
    return this == SENT || this == ACCEPTED || this == STARTED;
  }

  public static Optional<ReferralStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
