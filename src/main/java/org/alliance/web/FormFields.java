package org.alliance.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * Forms read from a request's parameters as typed (rather than bound to records), with the checks
 * such forms share: each field's first value, kept to show the form back; text with a length and no
 * markup; ids, versions and dates that are either well formed or null. One copy for every module
 * whose forms are built this way (the register's, the options appraisal's).
 */
public final class FormFields {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern MARKUP = Pattern.compile("[<>]");

  private FormFields() {}

  /** Whether text holds markup, which plain-words fields refuse. */
  public static boolean hasMarkup(String text) {
    return MARKUP.matcher(text).find();
  }

  /** Every field's first value, as typed (kept to show the form back). */
  public static Map<String, String> typed(MultiValueMap<String, String> params) {
    Map<String, String> typed = new LinkedHashMap<>();
    params.forEach(
        (name, values) -> {
          if (!"_csrf".equals(name) && values != null && !values.isEmpty()) {
            typed.put(name, values.get(0));
          }
        });
    return typed;
  }

  public static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Text for a field: required or not, at most {@code max} characters, without markup (names and
   * titles are plain words; markup there is a mistake or an attack).
   */
  public static String text(
      Map<String, String> typed,
      String field,
      String label,
      int max,
      boolean required,
      Map<String, String> errors) {
    String value = strip(typed.get(field));
    if (value == null) {
      if (required) {
        errors.put(field, "Enter " + label);
      }
      return null;
    }
    if (value.length() > max) {
      errors.put(
          field, capital(label) + " must be " + String.format("%,d", max) + " characters or fewer");
      return null;
    }
    if (hasMarkup(value)) {
      errors.put(field, capital(label) + " cannot contain < or >");
      return null;
    }
    return value;
  }

  public static UUID uuid(String value) {
    String text = strip(value);
    return text != null && UUID_TEXT.matcher(text).matches() ? UUID.fromString(text) : null;
  }

  public static Integer version(String value) {
    String text = strip(value);
    return text != null && text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
  }

  public static LocalDate date(Map<String, String> typed, String prefix) {
    String d = strip(typed.get(prefix + "Day"));
    String m = strip(typed.get(prefix + "Month"));
    String y = strip(typed.get(prefix + "Year"));
    if (d == null || m == null || y == null) {
      return null;
    }
    if (!d.matches("[0-9]{1,2}") || !m.matches("[0-9]{1,2}") || !y.matches("[0-9]{4}")) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return date.getYear() < 2000 || date.getYear() > 2100 ? null : date;
    } catch (DateTimeException e) {
      return null;
    }
  }

  public static void put(Map<String, String> typed, String prefix, LocalDate date) {
    if (date != null) {
      typed.put(prefix + "Day", String.valueOf(date.getDayOfMonth()));
      typed.put(prefix + "Month", String.valueOf(date.getMonthValue()));
      typed.put(prefix + "Year", String.valueOf(date.getYear()));
    }
  }

  public static String capital(String what) {
    return Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}
