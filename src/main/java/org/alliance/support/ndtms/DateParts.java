package org.alliance.support.ndtms;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/** A date typed into the GOV.UK date input's three boxes, checked with a message per mistake. */
final class DateParts {

  private DateParts() {}

  static boolean blank(String day, String month, String year) {
    return isBlank(day) && isBlank(month) && isBlank(year);
  }

  /**
   * The date, or null when blank (reported if required) or not a real date from 1900 to {@code
   * latest} (reported). Errors go on {@code prefix + "Day"}, where the error summary links.
   */
  static LocalDate check(
      Errors errors,
      String prefix,
      String day,
      String month,
      String year,
      boolean required,
      String what,
      LocalDate latest) {
    if (blank(day, month, year)) {
      if (required) {
        errors.rejectValue(prefix + "Day", "required", "Enter " + what);
      }
      return null;
    }
    LocalDate date = parse(day, month, year);
    if (date == null || date.getYear() < 1900 || date.isAfter(latest)) {
      errors.rejectValue(
          prefix + "Day",
          "date",
          capital(what) + " must be a real date, like 27 3 2026, no later than " + latest);
      return null;
    }
    return date;
  }

  static LocalDate parse(String day, String month, String year) {
    if (!digits(day, 2) || !digits(month, 2) || !digits(year, 4) || year.strip().length() != 4) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(year.strip()),
          Integer.parseInt(month.strip()),
          Integer.parseInt(day.strip()));
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String day(LocalDate date) {
    return date == null ? "" : Integer.toString(date.getDayOfMonth());
  }

  static String month(LocalDate date) {
    return date == null ? "" : Integer.toString(date.getMonthValue());
  }

  static String year(LocalDate date) {
    return date == null ? "" : Integer.toString(date.getYear());
  }

  private static String capital(String what) {
    return Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }

  private static boolean digits(String value, int most) {
    return value != null && value.strip().matches("[0-9]{1," + most + "}");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
