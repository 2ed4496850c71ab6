package org.alliance.support.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the plan's pages write them. */
final class Dates {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);

  private Dates() {}

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
