package org.alliance.commissioning.agreement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The checks every form of the agreement and the log shares. Words are kept as written but never
 * markup: a value holding a tag is sent back with an error rather than stored (the pages would
 * escape it, but the log is the alliance's record and should read as words).
 */
final class Forms {

  private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Forms() {}

  static String strip(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip();
  }

  /**
   * The text, stripped, or null after putting an error when it is missing (and required), too long
   * or holds markup.
   */
  static String text(
      Map<String, String> errors,
      String field,
      String value,
      String what,
      int max,
      boolean required) {
    String text = strip(value);
    if (text == null) {
      if (required) {
        errors.putIfAbsent(field, "Enter " + what);
      }
      return null;
    }
    if (text.length() > max) {
      errors.putIfAbsent(
          field,
          capitalise(what) + " must be " + String.format("%,d", max) + " characters or fewer");
      return null;
    }
    if (MARKUP.matcher(text).find()) {
      errors.putIfAbsent(
          field, capitalise(what) + " must be plain words: remove the markup (the text in < >)");
      return null;
    }
    return text;
  }

  static UUID uuid(String value) {
    String text = strip(value);
    return text == null || !UUID_TEXT.matcher(text).matches() ? null : UUID.fromString(text);
  }

  static Integer version(String value) {
    String text = strip(value);
    if (text == null || !text.matches("-?[0-9]{1,9}")) {
      return null;
    }
    return Integer.valueOf(text);
  }

  static Integer number(String value) {
    String text = strip(value);
    if (text == null || !text.matches("[0-9]{1,4}")) {
      return null;
    }
    return Integer.valueOf(text);
  }

  static LocalDate date(String day, String month, String year) {
    String d = strip(day);
    String m = strip(month);
    String y = strip(year);
    if (d == null || m == null || y == null) {
      return null;
    }
    if (!d.matches("[0-9]{1,2}") || !m.matches("[0-9]{1,2}") || !y.matches("[0-9]{4}")) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A date typed in one box, as "4/3/2026", "4 3 2026" or "2026-03-04"; null if it is not one. */
  static LocalDate oneBoxDate(String value) {
    String text = strip(value);
    if (text == null || text.length() > 10) {
      return null;
    }
    try {
      if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    String[] parts = text.split("[/ .-]");
    return parts.length == 3 ? date(parts[0], parts[1], parts[2]) : null;
  }

  private static String capitalise(String what) {
    return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}
