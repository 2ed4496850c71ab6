package org.alliance.outcomes.cohort;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A period a cohort's figures cover, both days included. */
public record Span(LocalDate from, LocalDate to) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public Span {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("a span runs from a day to the same day or later");
    }
  }

  /** "1 April 2024 to 31 March 2025". */
  public String label() {
    return DAY.format(from) + " to " + DAY.format(to);
  }

  public boolean overlaps(LocalDate first, LocalDate last) {
    return !to.isBefore(first) && !from.isAfter(last);
  }
}
