package org.alliance.outcomes.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.web.FormFields;

/**
 * A cohort as someone has given it (on the form or in a row of an import), checked by one set of
 * rules so the page and the command accept and refuse the same things. Fields are read by key;
 * {@link #check} fills in the problems under those keys.
 */
record CohortDraft(
    String name,
    String description,
    int people,
    Span before,
    Span after,
    String source,
    List<CohortFigure> figures) {

  static final int MAX_NAME = 120;
  static final int MAX_DESCRIPTION = 2000;
  static final int MAX_SOURCE = 300;
  static final int MAX_PEOPLE = 10_000_000;
  static final int MAX_FIGURE = 100_000_000;

  CohortDraft {
    figures = List.copyOf(figures);
  }

  /** The values a draft is made from, as text, each under the key its problems go under. */
  interface Given {
    String text(String key);

    /** A day, or null with a problem put under its key. */
    LocalDate day(String key, String label, Map<String, String> problems);
  }

  static final String NAME = "name";
  static final String DESCRIPTION = "description";
  static final String PEOPLE = "people";
  static final String BEFORE_FROM = "beforeFrom";
  static final String BEFORE_TO = "beforeTo";
  static final String AFTER_FROM = "afterFrom";
  static final String AFTER_TO = "afterTo";
  static final String SOURCE = "source";

  static String beforeKey(CohortMeasure measure) {
    return measure.code() + "-before";
  }

  static String afterKey(CohortMeasure measure) {
    return measure.code() + "-after";
  }

  /**
   * The draft, or null with every problem in {@code problems} (key to message). A measure left
   * blank both before and after is not recorded; one given only before or only after is a mistake,
   * since a change needs both.
   */
  static CohortDraft check(Given given, Map<String, String> problems) {
    Map<String, String> found = new LinkedHashMap<>();
    String name = text(given, NAME, "the cohort's name", MAX_NAME, true, found);
    String description = text(given, DESCRIPTION, "the description", MAX_DESCRIPTION, false, found);
    Integer people =
        count(given.text(PEOPLE), PEOPLE, "the number of people", 1, MAX_PEOPLE, found);
    LocalDate beforeFrom = given.day(BEFORE_FROM, "the first day before", found);
    LocalDate beforeTo = given.day(BEFORE_TO, "the last day before", found);
    LocalDate afterFrom = given.day(AFTER_FROM, "the first day after", found);
    LocalDate afterTo = given.day(AFTER_TO, "the last day after", found);
    String source = text(given, SOURCE, "where the figures came from", MAX_SOURCE, true, found);
    if (beforeFrom != null && beforeTo != null && beforeTo.isBefore(beforeFrom)) {
      found.put(BEFORE_TO, "The last day before must be on or after its first day");
    }
    if (afterFrom != null && afterTo != null && afterTo.isBefore(afterFrom)) {
      found.put(AFTER_TO, "The last day after must be on or after its first day");
    }
    if (beforeTo != null && afterFrom != null && !afterFrom.isAfter(beforeTo)) {
      found.putIfAbsent(AFTER_FROM, "The period after must start after the period before ends");
    }
    Map<CohortMeasure, CohortFigure> figures = new EnumMap<>(CohortMeasure.class);
    for (CohortMeasure measure : CohortMeasure.values()) {
      String before = FormFields.strip(given.text(beforeKey(measure)));
      String after = FormFields.strip(given.text(afterKey(measure)));
      if (before == null && after == null) {
        continue;
      }
      String what = measure.label().toLowerCase(java.util.Locale.UK);
      if (before == null) {
        found.put(beforeKey(measure), "Enter " + what + " before, or leave both blank");
        continue;
      }
      if (after == null) {
        found.put(afterKey(measure), "Enter " + what + " after, or leave both blank");
        continue;
      }
      Integer b = count(before, beforeKey(measure), what + " before", 0, MAX_FIGURE, found);
      Integer a = count(after, afterKey(measure), what + " after", 0, MAX_FIGURE, found);
      if (a != null && b != null) {
        figures.put(measure, new CohortFigure(measure, b, a));
      }
    }
    if (!found.isEmpty()) {
      problems.putAll(found);
      return null;
    }
    return new CohortDraft(
        name,
        description == null ? "" : description,
        people,
        new Span(beforeFrom, beforeTo),
        new Span(afterFrom, afterTo),
        source,
        new ArrayList<>(figures.values()));
  }

  private static String text(
      Given given, String key, String label, int max, boolean required, Map<String, String> found) {
    return FormFields.text(Map.of(key, orEmpty(given.text(key))), key, label, max, required, found);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** A whole number from {@code min} to {@code max}, or null with a problem under {@code key}. */
  static Integer count(
      String raw, String key, String label, int min, int max, Map<String, String> found) {
    String text = FormFields.strip(raw);
    if (text == null) {
      found.put(key, "Enter " + label);
      return null;
    }
    String digits = text.replace(",", "");
    if (!digits.matches("-?[0-9]{1,10}")) {
      found.put(key, FormFields.capital(label) + " must be a whole number, like 12");
      return null;
    }
    long value = Long.parseLong(digits);
    if (value < min || value > max) {
      found.put(
          key, FormFields.capital(label) + String.format(" must be from %,d to %,d", min, max));
      return null;
    }
    return (int) value;
  }
}
