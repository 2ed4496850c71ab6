package org.alliance.commissioning.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * One line of the ledger as written, never changed.
 *
 * @param number the order it was written in, shown as its reference
 * @param kind {@code allocation} or {@code spend}
 * @param corrects the entry this one corrects, or null for an original entry
 * @param correctsNumber that entry's number
 * @param net for an original entry, its amount with every correction to it added; for a correction,
 *     its own amount
 */
record LedgerEntry(
    UUID id,
    long number,
    UUID lineId,
    String lineName,
    UUID memberId,
    String memberName,
    String kind,
    UUID corrects,
    Long correctsNumber,
    BigDecimal amount,
    BigDecimal net,
    LocalDate on,
    String description,
    String invoiceRef,
    String source,
    LocalDate isfMonth,
    String recordedBy,
    Instant recordedAt) {

  static final String ALLOCATION = "allocation";
  static final String SPEND = "spend";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(FinancialYear.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  public boolean correction() {
    return corrects != null;
  }

  public boolean corrected() {
    return !correction() && net.compareTo(amount) != 0;
  }

  public String reference() {
    return "E" + number;
  }

  public String kindLabel() {
    String what = ALLOCATION.equals(kind) ? "Allocation" : "Spend";
    return correction() ? "Correction to " + what.toLowerCase(Locale.UK) : what;
  }

  public String sourceLabel() {
    return isfMonth == null ? "Recorded" : "ISF return, " + MONTH.format(YearMonth.from(isfMonth));
  }

  public String amountText() {
    return LedgerMoney.format(amount);
  }

  public String netText() {
    return LedgerMoney.format(net);
  }

  public String day() {
    return DAY.format(on);
  }

  public String recordedAtText() {
    return WHEN.format(recordedAt);
  }
}
