package org.alliance.support.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * A budget for one person and period, with its totals worked out from the counted spending: the
 * balance is the allocation less the payments; what is committed and not yet paid, and what awaits
 * a second person's approval, are shown beside it and never taken from it.
 */
public record Budget(
    UUID id,
    String kind,
    UUID holdingMemberId,
    String holdingMember,
    UUID memberId,
    LocalDate startsOn,
    LocalDate endsOn,
    BigDecimal allocation,
    String fundingSource,
    String wants,
    String inWordsOf,
    LocalDate reconciledOn,
    BigDecimal closingBalance,
    BigDecimal returned,
    String reconciliationNote,
    String reconciledBy,
    int version,
    BigDecimal paid,
    BigDecimal committedUnpaid,
    BigDecimal awaiting) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public static final String PERSONAL = "personal-budget";
  public static final String ISF = "isf";

  public boolean isf() {
    return ISF.equals(kind);
  }

  public boolean closed() {
    return reconciledOn != null;
  }

  /** The allocation less every counted payment. */
  public BigDecimal balance() {
    return allocation.subtract(paid);
  }

  public String kindLabel() {
    return isf() ? "Individual Service Fund held by " + holdingMember : "Personal budget";
  }

  public String period() {
    return DAY.format(startsOn) + " to " + DAY.format(endsOn);
  }

  public String whose() {
    return "person".equals(inWordsOf) ? "in their own words" : "as their worker put it";
  }

  public String money(BigDecimal amount) {
    return Money.format(amount);
  }

  public String reconciled() {
    return reconciledOn == null ? null : DAY.format(reconciledOn);
  }

  public String ends() {
    return DAY.format(endsOn);
  }
}
