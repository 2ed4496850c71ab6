package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A month as people and the command type it ("2026-05"), and the months a return can be for. */
final class Months {

  private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}");
  static final String MESSAGE =
      "Enter a month as a year and month, like 2026-05, not in the future";

  private Months() {}

  /** The month, if the text is one from 2000 up to the current month. */
  static Optional<YearMonth> parse(String text, LocalDate today) {
    if (text == null || !FORM.matcher(text.strip()).matches()) {
      return Optional.empty();
    }
    String t = text.strip();
    int month = Integer.parseInt(t.substring(5));
    int year = Integer.parseInt(t.substring(0, 4));
    if (month < 1 || month > 12 || year < 2000) {
      return Optional.empty();
    }
    YearMonth parsed = YearMonth.of(year, month);
    return parsed.isAfter(YearMonth.from(today)) ? Optional.empty() : Optional.of(parsed);
  }

  /** The current month and the 24 before it, newest first, for the page's choice. */
  static List<YearMonth> recent(LocalDate today) {
    List<YearMonth> months = new ArrayList<>();
    YearMonth month = YearMonth.from(today);
    for (int i = 0; i <= 24; i++) {
      months.add(month.minusMonths(i));
    }
    return months;
  }
}
