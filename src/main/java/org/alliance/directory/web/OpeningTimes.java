package org.alliance.directory.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.alliance.directory.hsds.ByDay;

/**
 * An HSDS schedule in plain English: "Monday to Friday, 10am to 6pm", "The first Monday of the
 * month, 10am to midday". Days are read by {@link ByDay}, the directory's one parser of them.
 */
public final class OpeningTimes {

  private OpeningTimes() {}

  /** The schedule's own description when it has one, otherwise one made from its rule. */
  public static String describe(
      String description, String freq, String byday, String opensAt, String closesAt) {
    if (description != null && !description.isBlank()) {
      return description.strip();
    }
    boolean weekly = freq == null || freq.equalsIgnoreCase("WEEKLY");
    boolean monthly = freq != null && freq.equalsIgnoreCase("MONTHLY");
    ByDay rule = ByDay.parse(byday);
    if (rule.days().isEmpty() || rule.unreadable() || !(weekly || monthly)) {
      return null;
    }
    if (monthly && rule.days().stream().anyMatch(ByDay.Day::everyWeek)) {
      return null; // "every Monday, monthly" is not a rule people write; show nothing rather than
      // guess
    }
    String days = days(rule);
    if (opensAt == null || closesAt == null) {
      return days;
    }
    return days + ", " + time(opensAt) + " to " + time(closesAt);
  }

  /**
   * "Monday to Friday", "Tuesday and Thursday", "The first Monday of the month", "Wednesday and the
   * last Friday of the month": days that come every week first, then those of the month.
   */
  public static String days(ByDay rule) {
    List<String> parts = new ArrayList<>();
    String everyWeek = everyWeek(rule.everyWeek());
    if (!everyWeek.isEmpty()) {
      parts.add(everyWeek);
    }
    rule.days().stream()
        .filter(day -> !day.everyWeek())
        .map(day -> day.describe() + " of the month")
        .forEach(parts::add);
    String joined = joined(parts);
    return joined.isEmpty()
        ? joined
        : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
  }

  private static String everyWeek(List<DayOfWeek> written) {
    List<DayOfWeek> days = written.stream().distinct().sorted().toList();
    if (days.size() >= 3
        && days.get(days.size() - 1).ordinal() - days.get(0).ordinal() == days.size() - 1) {
      return ByDay.name(days.get(0)) + " to " + ByDay.name(days.get(days.size() - 1));
    }
    return joined(days.stream().map(ByDay::name).toList());
  }

  private static String joined(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** 10:00 → 10am, 13:30 → 1:30pm, 12:00 → midday (GOV.UK style). */
  public static String time(String value) {
    LocalTime time = LocalTime.parse(value.length() == 5 ? value + ":00" : value.substring(0, 8));
    if (time.equals(LocalTime.NOON)) {
      return "midday";
    }
    if (time.equals(LocalTime.MIDNIGHT)) {
      return "midnight";
    }
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
    return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
  }
}
