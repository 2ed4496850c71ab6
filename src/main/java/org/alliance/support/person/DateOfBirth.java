package org.alliance.support.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** A date typed into the GOV.UK date input's three boxes. */
final class DateOfBirth {

  private DateOfBirth() {}

  static boolean blank(String day, String month, String year) {
    return isBlank(day) && isBlank(month) && isBlank(year);
  }

  /** The date, if all three parts make a real date between 1900 and today. */
  static Optional<LocalDate> parse(String day, String month, String year, LocalDate today) {
    if (!digits(day, 2) || !digits(month, 2) || !digits(year, 4) || year.strip().length() != 4) {
      return Optional.empty();
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(year.strip()),
              Integer.parseInt(month.strip()),
              Integer.parseInt(day.strip()));
      if (date.getYear() < 1900 || date.isAfter(today)) {
        return Optional.empty();
      }
      return Optional.of(date);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean digits(String value, int most) {
    return value != null && value.strip().matches("[0-9]{1," + most + "}");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
