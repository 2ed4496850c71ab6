package org.alliance.directory.editing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.directory.hsds.ByDay;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A week of opening hours as the editing form holds them: one opening and closing time a day, or
 * none (closed). Most services' HSDS schedules are of that shape (weekly, by day, one slot a day);
 * anything richer (two sessions a day, monthly rules, dates of validity) cannot be shown in seven
 * rows, so the form leaves those schedules exactly as they are.
 */
record OpeningHours(List<String> opens, List<String> closes) {

  static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  static final List<String> DAY_NAMES =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /** Fields a schedule may have and still be one weekly slot a day. */
  private static final Set<String> SIMPLE_FIELDS =
      Set.of(
          "id",
          "service_id",
          "location_id",
          "service_at_location_id",
          "freq",
          "wkst",
          "interval",
          "byday",
          "opens_at",
          "closes_at",
          "description",
          "attributes",
          "metadata");

  private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

  OpeningHours {
    opens = padded(opens);
    closes = padded(closes);
  }

  static OpeningHours closed() {
    return new OpeningHours(List.of(), List.of());
  }

  /**
   * The week these schedules describe, or empty when they say more than a week of single slots can.
   */
  static Optional<OpeningHours> of(JsonNode schedules) {
    String[] opens = new String[7];
    String[] closes = new String[7];
    Arrays.fill(opens, "");
    Arrays.fill(closes, "");
    if (schedules == null || schedules.isNull()) {
      return Optional.of(closed());
    }
    for (JsonNode schedule : schedules) {
      if (!simple(schedule)) {
        return Optional.empty();
      }
      String open = shown(schedule.get("opens_at").asString());
      String close = shown(schedule.get("closes_at").asString());
      if (open == null || close == null) {
        return Optional.empty();
      }
      for (DayOfWeek weekday : ByDay.parse(schedule.get("byday").asString()).everyWeek()) {
        int day = weekday.getValue() - 1;
        if (!opens[day].isEmpty()) {
          return Optional.empty();
        }
        opens[day] = open;
        closes[day] = close;
      }
    }
    return Optional.of(new OpeningHours(List.of(opens), List.of(closes)));
  }

  private static boolean simple(JsonNode schedule) {
    for (Map.Entry<String, JsonNode> field : schedule.properties()) {
      if (!SIMPLE_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
        return false;
      }
    }
    return "WEEKLY".equalsIgnoreCase(schedule.path("freq").asString(""))
        && schedule.path("interval").asInt(1) == 1
        && ByDay.parse(schedule.path("byday").asString("")).weeklyOnly()
        && schedule.hasNonNull("opens_at")
        && schedule.hasNonNull("closes_at");
  }

  /** Each day's problem, by day index; empty when the week is valid. */
  Map<Integer, String> problems() {
    Map<Integer, String> problems = new LinkedHashMap<>();
    for (int day = 0; day < 7; day++) {
      String name = DAY_NAMES.get(day);
      String open = opens.get(day);
      String close = closes.get(day);
      if (open.isBlank() && close.isBlank()) {
        continue;
      }
      Optional<LocalTime> opening = parse(open);
      Optional<LocalTime> closing = parse(close);
      if (open.isBlank()) {
        problems.put(
            day,
            "Enter the time it opens on " + name + ", or leave both times empty if it is closed");
      } else if (close.isBlank()) {
        problems.put(
            day,
            "Enter the time it closes on " + name + ", or leave both times empty if it is closed");
      } else if (opening.isEmpty() || closing.isEmpty()) {
        problems.put(day, "Enter " + name + "'s times as a 24-hour time, like 09:00 or 17:30");
      } else if (!closing.get().isAfter(opening.get())) {
        problems.put(day, "The closing time on " + name + " must be after the opening time");
      }
    }
    return problems;
  }

  /** Whether this week, as typed, means the same hours as another. */
  boolean sameAs(OpeningHours other) {
    for (int day = 0; day < 7; day++) {
      if (!parse(opens.get(day)).equals(parse(other.opens.get(day)))
          || !parse(closes.get(day)).equals(parse(other.closes.get(day)))) {
        return false;
      }
    }
    return true;
  }

  /** The week as HSDS schedules: one per distinct pair of times, with the days that share it. */
  ArrayNode schedules() {
    Map<List<LocalTime>, List<String>> byTimes = new LinkedHashMap<>();
    for (int day = 0; day < 7; day++) {
      Optional<LocalTime> open = parse(opens.get(day));
      Optional<LocalTime> close = parse(closes.get(day));
      if (open.isPresent() && close.isPresent()) {
        byTimes
            .computeIfAbsent(List.of(open.get(), close.get()), k -> new ArrayList<>())
            .add(DAYS.get(day));
      }
    }
    ArrayNode schedules = JsonNodeFactory.instance.arrayNode();
    byTimes.forEach(
        (times, days) -> {
          ObjectNode schedule = schedules.addObject();
          schedule.put("id", UUID.randomUUID().toString());
          schedule.put("freq", "WEEKLY");
          schedule.put("wkst", "MO");
          schedule.put("interval", 1);
          schedule.put("byday", String.join(",", days));
          schedule.put("opens_at", times.get(0) + ":00");
          schedule.put("closes_at", times.get(1) + ":00");
        });
    return schedules;
  }

  /** 9, 9:30, 09.30, 9am and 5:30pm all mean what they say. */
  static Optional<LocalTime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (m.group(3) != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }

  private static String shown(String hsdsTime) {
    return parse(hsdsTime.length() >= 5 ? hsdsTime.substring(0, 5) : hsdsTime)
        .map(SHOWN::format)
        .orElse(null);
  }

  private static List<String> padded(List<String> times) {
    List<String> week = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      String time = times != null && day < times.size() ? times.get(day) : null;
      week.add(time == null ? "" : time.strip());
    }
    return List.copyOf(week);
  }
}
