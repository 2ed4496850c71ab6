package org.alliance.directory.oruk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alliance.directory.hsds.ByDay;

/**
 * The query parameters of one request, checked against what the endpoint accepts: an unknown
 * parameter, a repeated one, or one that does not parse is refused with a clear message, never
 * ignored and never a server error.
 */
final class Parameters {

  static final int DEFAULT_PER_PAGE = 50;
  static final int MAX_PER_PAGE = 100;

  private final Map<String, String[]> values;

  Parameters(Map<String, String[]> values, Set<String> allowed) {
    this.values = values;
    for (Map.Entry<String, String[]> entry : values.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        throw new BadParameter(
            entry.getKey(),
            "Unknown query parameter '"
                + entry.getKey()
                + "'. This endpoint accepts: "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
      if (entry.getValue().length > 1) {
        throw new BadParameter(entry.getKey(), "Give '" + entry.getKey() + "' once");
      }
    }
  }

  String text(String name) {
    String[] value = values.get(name);
    return value == null || value[0].isBlank() ? null : value[0].strip();
  }

  int page() {
    Integer page = integer("page", 1, Integer.MAX_VALUE);
    return page == null ? 1 : page;
  }

  int perPage() {
    Integer perPage = integer("per_page", 1, MAX_PER_PAGE);
    return perPage == null ? DEFAULT_PER_PAGE : perPage;
  }

  Integer integer(String name, int min, int max) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      // Ages are "number" in the profile: accept 18 and 18.0, not 18.5.
      double number = Double.parseDouble(value);
      if (number != Math.rint(number) || number < min || number > max) {
        throw new NumberFormatException();
      }
      return (int) number;
    } catch (NumberFormatException e) {
      throw new BadParameter(
          name,
          "'"
              + name
              + "' must be a whole number from "
              + min
              + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }
  }

  boolean flag(String name) {
    String value = text(name);
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadParameter(name, "'" + name + "' must be true or false");
    };
  }

  /** A date-time, or a date meaning its start in UTC. */
  Instant instant(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
          : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadParameter(
          name,
          "'"
              + name
              + "' must be a date (2026-11-23) or date and time with an offset (2026-11-23T09:00:00Z)");
    }
  }

  LocalTime time(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalTime.parse(value.length() == 5 ? value + ":00" : value);
    } catch (DateTimeParseException e) {
      throw new BadParameter(name, "'" + name + "' must be a time such as 09:30 or 09:30:00");
    }
  }

  /** A day as RRULE writes it (MO) or in full (Monday). */
  DayOfWeek day(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    return ByDay.weekday(value)
        .orElseThrow(
            () ->
                new BadParameter(
                    name,
                    "'" + name + "' must be a day: MO, TU, WE, TH, FR, SA, SU or the day's name"));
  }

  void onlyJson() {
    String format = text("format");
    if (format != null && !format.equalsIgnoreCase("json")) {
      throw new BadParameter("format", "Only 'json' is offered");
    }
  }
}
