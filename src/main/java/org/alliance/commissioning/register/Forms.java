package org.alliance.commissioning.register;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The register's forms as typed: each field's first value, and the checks the forms share. Forms
 * are read from the request's parameters rather than bound to records because the councils' share
 * fields are named by council ({@code share-<id>}), one per council the register knows.
 */
final class Forms {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern MARKUP = Pattern.compile("[<>]");

  private Forms() {}

  /** Every field's first value, as typed (kept to show the form back). */
  static Map<String, String> typed(MultiValueMap<String, String> params) {
    Map<String, String> typed = new LinkedHashMap<>();
    params.forEach(
        (name, values) -> {
          if (!"_csrf".equals(name) && values != null && !values.isEmpty()) {
            typed.put(name, values.get(0));
          }
        });
    return typed;
  }

  static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Text for a field: required or not, at most {@code max} characters, without markup (names and
   * titles in the register are plain words; markup there is a mistake or an attack).
   */
  static String text(
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
    if (MARKUP.matcher(value).find()) {
      errors.put(field, capital(label) + " cannot contain < or >");
      return null;
    }
    return value;
  }

  static UUID uuid(String value) {
    String text = strip(value);
    return text != null && UUID_TEXT.matcher(text).matches() ? UUID.fromString(text) : null;
  }

  static Integer version(String value) {
    String text = strip(value);
    return text != null && text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
  }

  /** A whole number from {@code min} to {@code max}, or null. */
  static Integer whole(String value, int min, int max) {
    String text = strip(value);
    if (text == null || !text.matches("[0-9]{1,4}")) {
      return null;
    }
    int number = Integer.parseInt(text);
    return number < min || number > max ? null : number;
  }

  /** A page of a list, from 1; anything else (absent, garbage, huge) is the first page. */
  static Integer pageNumber(String value) {
    Integer number = whole(value, 1, 9999);
    return number == null ? 1 : number;
  }

  /** A financial year typed as "2023" or "2023/24", 2000 to 2100. */
  static Integer financialYear(String value) {
    String text = strip(value);
    if (text == null) {
      return null;
    }
    if (text.matches("[0-9]{4}/[0-9]{2}")) {
      int start = Integer.parseInt(text.substring(0, 4));
      if (!text.equals(FinancialYear.label(start))) {
        return null;
      }
      text = text.substring(0, 4);
    }
    return whole(text, 2000, 2100);
  }

  static LocalDate date(Map<String, String> typed, String prefix) {
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

  /** An https address with a host, or null. */
  static String httpsUrl(String value) {
    String text = strip(value);
    if (text == null || text.length() > 2000 || MARKUP.matcher(text).find()) {
      return null;
    }
    try {
      URI uri = new URI(text);
      return "https".equalsIgnoreCase(uri.getScheme())
              && uri.getHost() != null
              && !uri.getHost().isBlank()
              && uri.getUserInfo() == null
          ? text
          : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  static void put(Map<String, String> typed, String prefix, LocalDate date) {
    if (date != null) {
      typed.put(prefix + "Day", String.valueOf(date.getDayOfMonth()));
      typed.put(prefix + "Month", String.valueOf(date.getMonthValue()));
      typed.put(prefix + "Year", String.valueOf(date.getYear()));
    }
  }

  static String capital(String what) {
    return Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}
