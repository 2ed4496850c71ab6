package org.alliance.commissioning.ledger;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A UK public-sector financial year, named by the year it starts in: 2025 runs from 1 April 2025 to
 * 31 March 2026, and is written "2025 to 2026".
 */
record FinancialYear(int startYear) {

  static final ZoneId UK = ZoneId.of("Europe/London");

  static FinancialYear containing(LocalDate day) {
    return new FinancialYear(
        day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
  }

  static FinancialYear current() {
    return containing(LocalDate.now(UK));
  }

  /** A year from a query string: four digits between 2000 and 2100, else empty. */
  static Optional<FinancialYear> parse(String text) {
    if (text == null || !text.strip().matches("[0-9]{4}")) {
      return Optional.empty();
    }
    int year = Integer.parseInt(text.strip());
    return year < 2000 || year > 2100 ? Optional.empty() : Optional.of(new FinancialYear(year));
  }

  public LocalDate first() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  public LocalDate last() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(first()) && !day.isAfter(last());
  }

  boolean contains(YearMonth month) {
    return contains(month.atDay(1));
  }

  public String label() {
    return startYear + " to " + (startYear + 1);
  }

  public FinancialYear previous() {
    return new FinancialYear(startYear - 1);
  }

  public FinancialYear next() {
    return new FinancialYear(startYear + 1);
  }
}
