package org.alliance.commissioning.register;

import java.time.LocalDate;
import java.time.ZoneId;

/** A UK public-sector financial year, named by the year it starts in: 2023 is 2023/24. */
public final class FinancialYear {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  private FinancialYear() {}

  /** The financial year a day falls in: 1 April to 31 March. */
  public static int of(LocalDate day) {
    return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
  }

  public static int current() {
    return of(LocalDate.now(UK));
  }

  /** "2023/24". */
  public static String label(int year) {
    return year + "/" + String.format("%02d", (year + 1) % 100);
  }

  public static LocalDate firstDay(int year) {
    return LocalDate.of(year, 4, 1);
  }

  public static LocalDate lastDay(int year) {
    return LocalDate.of(year + 1, 3, 31);
  }
}
