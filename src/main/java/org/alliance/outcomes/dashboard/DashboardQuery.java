package org.alliance.outcomes.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.Period;

/**
 * What a dashboard or drill-down was asked for: the months, the period they are reported by and,
 * for a drill-down, the breakdown. Read from query parameters as typed; a value that cannot be used
 * is named in {@code errors} (shown in a GOV.UK error summary) and its default used instead, so a
 * bad link still shows figures.
 *
 * @param typed what to show back in the form: what was typed, or the default used
 * @param errors each bad parameter's message, by the parameter's name (its field's id)
 */
record DashboardQuery(
    YearMonth from,
    YearMonth to,
    Period period,
    Breakdown by,
    Map<String, String> typed,
    Map<String, String> errors) {

  /** The longest range at once, the same as the API's: five years of months. */
  static final int MOST_MONTHS = 60;

  private static final String MONTH_HELP = "a month written YYYY-MM, such as 2026-04";

  /**
   * @param lastFullMonth the last month that is over, which the default range ends with
   */
  static DashboardQuery read(
      String from, String to, String period, String by, YearMonth lastFullMonth) {
    Map<String, String> errors = new LinkedHashMap<>();
    YearMonth until = month(to, "to", "Enter the last month as " + MONTH_HELP, errors);
    YearMonth since = month(from, "from", "Enter the first month as " + MONTH_HELP, errors);
    if (until == null) {
      until = lastFullMonth;
    }
    if (since == null) {
      since = until.minusMonths(11);
    }
    if (since.isAfter(until)) {
      errors.put("from", "The first month must not be after the last month");
      since = until.minusMonths(11);
    } else if (since.plusMonths(MOST_MONTHS - 1L).isBefore(until)) {
      errors.put("from", "Choose at most " + MOST_MONTHS + " months at a time");
      since = until.minusMonths(MOST_MONTHS - 1L);
    }
    Period per = Period.MONTH;
    if (present(period)) {
      per = Period.fromCode(period.strip()).orElse(null);
      if (per == null) {
        errors.put("period", "Choose month, quarter or year");
        per = Period.MONTH;
      }
    }
    Breakdown breakdown = Breakdown.NONE;
    if (present(by)) {
      breakdown = Breakdown.fromCode(by.strip()).orElse(null);
      if (breakdown == null) {
        errors.put("by", "Choose a breakdown from the list");
        breakdown = Breakdown.NONE;
      }
    }
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("from", errors.containsKey("from") && present(from) ? from : since.toString());
    typed.put("to", errors.containsKey("to") && present(to) ? to : until.toString());
    typed.put("period", per.code());
    typed.put("by", breakdown.code());
    return new DashboardQuery(
        since,
        until,
        per,
        breakdown,
        Map.copyOf(typed),
        java.util.Collections.unmodifiableMap(errors));
  }

  private static YearMonth month(
      String text, String field, String message, Map<String, String> errors) {
    if (!present(text)) {
      return null;
    }
    String value = text.strip();
    if (value.matches("[0-9]{4}-[0-9]{2}")) {
      try {
        YearMonth month = YearMonth.parse(value);
        if (month.getYear() >= 2000 && month.getYear() <= 2100) {
          return month;
        }
      } catch (DateTimeParseException notAMonth) {
        // falls through to the message
      }
    }
    errors.put(field, message);
    return null;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** The same query with one more mistake named, and {@code by} set to what is shown instead. */
  DashboardQuery withError(String field, String message, Breakdown instead) {
    Map<String, String> more = new LinkedHashMap<>(errors);
    more.put(field, message);
    Map<String, String> shown = new LinkedHashMap<>(typed);
    shown.put("by", instead.code());
    return new DashboardQuery(
        from, to, period, instead, Map.copyOf(shown), java.util.Collections.unmodifiableMap(more));
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The range in words, for headings and chart titles. */
  public String rangeText() {
    return from.equals(to) ? from.toString() : from + " to " + to;
  }
}
