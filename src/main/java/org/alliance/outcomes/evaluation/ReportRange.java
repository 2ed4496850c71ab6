package org.alliance.outcomes.evaluation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The months a report covers, both included. Read from what was typed ({@code YYYY-MM}), with the
 * last twelve full months when nothing was; at most {@link #MOST_MONTHS} months, so one report
 * stays readable and quick.
 */
record ReportRange(YearMonth from, YearMonth to) {

  static final int MOST_MONTHS = 36;

  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  /** What was typed: a range, or the problems with it by field ({@code from}, {@code to}). */
  record Parsed(ReportRange range, Map<String, String> problems, String fromText, String toText) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  static ReportRange lastTwelveFullMonths(LocalDate today) {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    return new ReportRange(last.minusMonths(11), last);
  }

  /** Either month may be left out: the other then makes a twelve-month range. */
  static Parsed parse(String fromText, String toText, LocalDate today) {
    String from = fromText == null ? "" : fromText.strip();
    String to = toText == null ? "" : toText.strip();
    Map<String, String> problems = new LinkedHashMap<>();
    YearMonth first = from.isEmpty() ? null : month(from);
    YearMonth last = to.isEmpty() ? null : month(to);
    if (!from.isEmpty() && first == null) {
      problems.put("from", "Enter the first month as a year and month, like 2025-04");
    }
    if (!to.isEmpty() && last == null) {
      problems.put("to", "Enter the last month as a year and month, like 2026-03");
    }
    if (!problems.isEmpty()) {
      return new Parsed(null, problems, clip(from), clip(to));
    }
    if (first == null && last == null) {
      ReportRange range = lastTwelveFullMonths(today);
      return new Parsed(range, problems, range.from().toString(), range.to().toString());
    }
    if (first == null) {
      first = last.minusMonths(11);
    }
    if (last == null) {
      last = first.plusMonths(11);
    }
    if (last.isBefore(first)) {
      problems.put("to", "The last month must be the same as the first month or after it");
    } else if (ChronoUnit.MONTHS.between(first, last) + 1 > MOST_MONTHS) {
      problems.put(
          "to",
          "A report can cover at most "
              + MOST_MONTHS
              + " months. Choose a last month no later than "
              + first.plusMonths(MOST_MONTHS - 1));
    }
    ReportRange range = problems.isEmpty() ? new ReportRange(first, last) : null;
    return new Parsed(range, problems, first.toString(), last.toString());
  }

  private static YearMonth month(String text) {
    if (!MONTH.matcher(text).matches()) {
      return null;
    }
    try {
      YearMonth month = YearMonth.parse(text);
      return month.getYear() < 2000 || month.getYear() > 2100 ? null : month;
    } catch (DateTimeException notAMonth) {
      return null;
    }
  }

  /** What was typed, kept short to show back in the form. */
  private static String clip(String text) {
    return text.length() > 20 ? text.substring(0, 20) : text;
  }

  public int months() {
    return (int) ChronoUnit.MONTHS.between(from, to) + 1;
  }

  /** "April 2025 to March 2026", or "April 2025" for one month. */
  public String label() {
    return from.equals(to) ? LABEL.format(from) : LABEL.format(from) + " to " + LABEL.format(to);
  }

  /** For a file name: "2025-04-to-2026-03". */
  public String slug() {
    return from + "-to-" + to;
  }

  static String monthLabel(YearMonth month) {
    return LABEL.format(month);
  }
}
