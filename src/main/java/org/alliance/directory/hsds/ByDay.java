package org.alliance.directory.hsds;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HSDS schedule's {@code byday}, read as RFC 5545 reads BYDAY: weekday codes, each with an
 * optional ordinal ({@code 1MO} the first Monday, {@code -1FR} the last Friday of the month). The
 * one parser of days for search, service pages, the editing form, its diff and the API, because
 * several readers once disagreed: one took "first Monday" for every Monday.
 *
 * @param days as written, in order (repeats kept, so a caller can refuse them)
 * @param unreadable whether any part was not a day (such a rule is shown, never guessed at)
 */
public record ByDay(List<Day> days, boolean unreadable) {

  private static final Pattern CODE = Pattern.compile("([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)");
  private static final List<String> ORDINALS =
      List.of("", "first", "second", "third", "fourth", "fifth");

  /**
   * One day of the rule.
   *
   * @param ordinal 0 for every such day; 1 to 5 the first to fifth, -1 the last, -2 the one before
   */
  public record Day(int ordinal, DayOfWeek weekday) {

    public boolean everyWeek() {
      return ordinal == 0;
    }

    /** "Monday", "the first Monday", "the last Friday", "the second to last Sunday". */
    public String describe() {
      String name = name(weekday);
      if (ordinal == 0) {
        return name;
      }
      if (ordinal == -1) {
        return "the last " + name;
      }
      if (ordinal < 0) {
        return "the " + ORDINALS.get(Math.min(-ordinal, 5)) + " to last " + name;
      }
      return "the " + ORDINALS.get(Math.min(ordinal, 5)) + " " + name;
    }
  }

  public ByDay {
    days = List.copyOf(days);
  }

  public static ByDay parse(String byday) {
    List<Day> days = new ArrayList<>();
    boolean unreadable = false;
    if (byday != null) {
      for (String part : byday.toUpperCase(Locale.ROOT).split(",")) {
        if (part.isBlank()) {
          continue;
        }
        Matcher code = CODE.matcher(part.strip());
        int ordinal = code.matches() && code.group(1) != null ? Integer.parseInt(code.group(1)) : 0;
        if (!code.matches() || Math.abs(ordinal) > 5) {
          unreadable = true;
          continue;
        }
        days.add(new Day(ordinal, weekday(code.group(2)).orElseThrow()));
      }
    }
    return new ByDay(days, unreadable);
  }

  /** A day named as RRULE writes it ({@code MO}) or in full ({@code Monday}), any case. */
  public static Optional<DayOfWeek> weekday(String name) {
    String upper = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(upper) || day.name().substring(0, 2).equals(upper)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  public static String name(DayOfWeek day) {
    return day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
  }

  /** The days that come every week (no ordinal), in the order written. */
  public List<DayOfWeek> everyWeek() {
    return days.stream().filter(Day::everyWeek).map(Day::weekday).toList();
  }

  /** Whether every part is a plain weekday: the only rule a weekly timetable can hold. */
  public boolean weeklyOnly() {
    return !unreadable && !days.isEmpty() && days.stream().allMatch(Day::everyWeek);
  }
}
