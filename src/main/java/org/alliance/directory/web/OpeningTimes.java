package org.alliance.directory.web;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An HSDS weekly schedule in plain English: "Monday to Friday, 10am to 6pm". */
public final class OpeningTimes {

  private static final List<String> ORDER = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  private static final Map<String, String> NAMES =
      Map.of(
          "MO",
          "Monday",
          "TU",
          "Tuesday",
          "WE",
          "Wednesday",
          "TH",
          "Thursday",
          "FR",
          "Friday",
          "SA",
          "Saturday",
          "SU",
          "Sunday");

  private OpeningTimes() {}

  /** The schedule's own description when it has one, otherwise one made from its rule. */
  public static String describe(
      String description, String freq, String byday, String opensAt, String closesAt) {
    if (description != null && !description.isBlank()) {
      return description.strip();
    }
    if (byday == null || byday.isBlank() || (freq != null && !freq.equalsIgnoreCase("WEEKLY"))) {
      return null;
    }
    String days = days(byday);
    if (opensAt == null || closesAt == null) {
      return days;
    }
    return days + ", " + time(opensAt) + " to " + time(closesAt);
  }

  public static String days(String byday) {
    List<String> codes =
        ORDER.stream().filter(code -> byday.toUpperCase(Locale.ROOT).contains(code)).toList();
    if (codes.size() >= 3
        && ORDER.indexOf(codes.get(codes.size() - 1)) - ORDER.indexOf(codes.get(0))
            == codes.size() - 1) {
      return NAMES.get(codes.get(0)) + " to " + NAMES.get(codes.get(codes.size() - 1));
    }
    List<String> names = codes.stream().map(NAMES::get).toList();
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
