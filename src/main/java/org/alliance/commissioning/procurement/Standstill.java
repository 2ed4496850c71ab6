package org.alliance.commissioning.procurement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a standstill ends, by the route's regime. Working days exclude Saturdays, Sundays and the
 * bank holidays given (England and Wales's, which include Christmas Day and Good Friday).
 *
 * <ul>
 *   <li>Provider Selection Regime, regulation 12(2) and (3): the standstill begins on the day after
 *       the notice of intention is published, and representations may be made until midnight at the
 *       end of the 8th working day after the day it begins.
 *   <li>Procurement Act 2023, section 51: eight working days beginning with the day the contract
 *       award notice is published (the day of publication counts if it is a working day).
 * </ul>
 */
final class Standstill {

  static final int WORKING_DAYS = 8;

  private Standstill() {}

  /**
   * @param noticeOn the day the notice was published (the award decision date)
   * @param beginsOn the day the standstill begins
   * @param endsOn the last day of the standstill: it ends at midnight at the end of this day
   * @param countedDays the eight working days counted, in order
   * @param skipped the bank holidays passed over while counting, with their names
   */
  record Period(
      String regime,
      LocalDate noticeOn,
      LocalDate beginsOn,
      LocalDate endsOn,
      List<LocalDate> countedDays,
      List<String> skipped) {

    /** The first day the contract may be entered into, if no representations were made. */
    public LocalDate contractFrom() {
      return endsOn.plusDays(1);
    }

    public String rule() {
      return "psr".equals(regime)
          ? "Provider Selection Regime, regulation 12: begins the day after the notice of"
              + " intention is published and ends at midnight at the end of the 8th working day"
              + " after that"
          : "Procurement Act 2023, section 51: eight working days beginning with the day the"
              + " contract award notice is published";
    }
  }

  /**
   * @param holidays bank holidays by day, with their names; the caller makes sure they cover every
   *     year the count may reach
   */
  static Period of(String regime, LocalDate noticeOn, Map<LocalDate, String> holidays) {
    LocalDate begins = "psr".equals(regime) ? noticeOn.plusDays(1) : noticeOn;
    // Under the PSR the count starts after the day the standstill begins; under the Act it starts
    // with the day of publication itself.
    LocalDate day = "psr".equals(regime) ? begins.plusDays(1) : begins;
    List<LocalDate> counted = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    while (counted.size() < WORKING_DAYS) {
      if (holidays.containsKey(day)) {
        skipped.add(holidays.get(day) + ", " + day);
      } else if (!weekend(day)) {
        counted.add(day);
      }
      day = day.plusDays(1);
    }
    return new Period(
        regime, noticeOn, begins, counted.get(counted.size() - 1), List.copyOf(counted), skipped);
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
