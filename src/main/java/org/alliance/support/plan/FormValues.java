package org.alliance.support.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.validation.Errors;

/** The checks every plan form shares: words, whose words, dates and labels. */
final class FormValues {

  private FormValues() {}

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static String tidy(String value) {
    return blank(value) ? null : value.strip();
  }

  static LocalDate today() {
    return LocalDate.now(PersonAccess.UK);
  }

  /** Required words of at most {@code max} characters. */
  static String words(Errors errors, String field, String value, int max, String missing) {
    if (blank(value)) {
      errors.rejectValue(field, "required", missing);
      return null;
    }
    return optionalWords(errors, field, value, max);
  }

  static String optionalWords(Errors errors, String field, String value, int max) {
    if (blank(value)) {
      return null;
    }
    if (value.strip().length() > max) {
      errors.rejectValue(field, "length", "This must be " + max + " characters or fewer");
      return null;
    }
    return value.strip();
  }

  /** Whose words, and the supporter's name when they are someone around the person. */
  record Whose(InWordsOf inWordsOf, String supporter) {}

  static Whose whose(Errors errors, String inWordsOf, String supporter) {
    Optional<InWordsOf> words = InWordsOf.fromCode(inWordsOf);
    if (words.isEmpty()) {
      errors.rejectValue("inWordsOf", "required", "Say whose words these are");
      return null;
    }
    String who = null;
    if (words.get() == InWordsOf.SUPPORTER) {
      who = words(errors, "supporter", supporter, 100, "Say who, for example Mum or their coach");
    }
    return new Whose(words.get(), who);
  }

  /** A date in the GOV.UK three boxes: not in the future, not before 2000. */
  static LocalDate pastDate(Errors errors, String field, String day, String month, String year) {
    if (blank(day) || blank(month) || blank(year)) {
      errors.rejectValue(field, "required", "Enter the date, like 27 3 2026");
      return null;
    }
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(year.strip()),
              Integer.parseInt(month.strip()),
              Integer.parseInt(day.strip()));
    } catch (NumberFormatException | DateTimeException e) {
      errors.rejectValue(field, "date", "Enter a real date, like 27 3 2026");
      return null;
    }
    if (date.isAfter(today())) {
      errors.rejectValue(field, "future", "The date must be today or in the past");
      return null;
    }
    if (date.getYear() < 2000) {
      errors.rejectValue(field, "old", "The date must be in the year 2000 or later");
      return null;
    }
    return date;
  }

  /** An optional sensitivity label, which must be one the writer's own access reaches. */
  static SensitivityLabel label(Errors errors, String label) {
    if (blank(label)) {
      return null;
    }
    Optional<SensitivityLabel> known = SensitivityLabel.fromCode(label);
    if (known.isEmpty()) {
      errors.rejectValue("label", "unknown", "Choose a label from the list, or none");
      return null;
    }
    return known.get();
  }

  static String code(SensitivityLabel label) {
    return label == null ? null : label.code();
  }
}
