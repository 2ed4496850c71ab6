package org.alliance.directory.search;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.alliance.directory.hsds.ByDay;

/**
 * Turns an HSDS weekly schedule (RRULE-style {@code freq=WEEKLY}, {@code byday=MO,TU}, {@code
 * opens_at}, {@code closes_at}) into minute-of-week intervals, so "open now" is one range query.
 * Hours that run past midnight are split at the end of the day.
 */
final class WeeklyHours {

  static final int MINUTES_PER_WEEK = 7 * 24 * 60;

  private WeeklyHours() {}

  static List<int[]> of(String freq, String byday, LocalTime opensAt, LocalTime closesAt) {
    List<int[]> intervals = new ArrayList<>();
    if (freq != null && !freq.equalsIgnoreCase("WEEKLY")
        || byday == null
        || opensAt == null
        || closesAt == null) {
      return intervals;
    }
    // Only days that come every week: "open now" cannot hold the first Monday of a month.
    for (DayOfWeek day : ByDay.parse(byday).everyWeek()) {
      int dayStart = (day.getValue() - 1) * 24 * 60;
      int open = dayStart + opensAt.getHour() * 60 + opensAt.getMinute();
      int close = dayStart + closesAt.getHour() * 60 + closesAt.getMinute();
      if (!closesAt.isAfter(opensAt)) {
        close = dayStart + 24 * 60; // closes at or after midnight: open to the end of the day
      }
      intervals.add(new int[] {open, close});
    }
    return intervals;
  }

  static int minuteOfWeek(DayOfWeek day, LocalTime time) {
    return (day.getValue() - 1) * 24 * 60 + time.getHour() * 60 + time.getMinute();
  }
}
