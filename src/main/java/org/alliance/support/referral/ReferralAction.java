package org.alliance.support.referral;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** A change of a referral's status, from the statuses it may be made in. */
public enum ReferralAction {
  ACCEPT("accept", "Accept", ReferralStatus.ACCEPTED, Set.of(ReferralStatus.SENT)),
  DECLINE("decline", "Decline", ReferralStatus.DECLINED, Set.of(ReferralStatus.SENT)),
  START("start", "Support has started", ReferralStatus.STARTED, Set.of(ReferralStatus.ACCEPTED)),
  COMPLETE(
      "complete", "Support is complete", ReferralStatus.COMPLETED, Set.of(ReferralStatus.STARTED)),
  WITHDRAW(
      "withdraw",
      "Withdraw the referral",
      ReferralStatus.WITHDRAWN,
      Set.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.STARTED));

  private final String code;
  private final String label;
  private final ReferralStatus to;
  private final Set<ReferralStatus> from;

  ReferralAction(String code, String label, ReferralStatus to, Set<ReferralStatus> from) {
    this.code = code;
    this.label = label;
    this.to = to;
    this.from = from;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public ReferralStatus to() {
    return to;
  }

  public boolean allowedFrom(ReferralStatus status) {
    return from.contains(status);
  }

  /** Only the sender withdraws; everything else is the receiver's answer. */
  public boolean senders() {
    return this == WITHDRAW;
  }

  public static Optional<ReferralAction> fromCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
