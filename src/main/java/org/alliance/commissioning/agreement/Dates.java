package org.alliance.commissioning.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the pages write them: "4 March 2026", "4 March 2026 at 2:05pm". */
final class Dates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  private Dates() {}

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  static String moment(Instant at) {
    return at == null
        ? ""
        : MOMENT.format(at.atZone(Decisions.UK)).replace("AM", "am").replace("PM", "pm");
  }
}
