package org.alliance.support.measure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/**
 * The fixed part of a measure's form: the version it was built from, the stage and the day it was
 * asked. The items' answers travel beside it, one field each ({@link AnswerForm}).
 */
record RecordingForm(
    String version, String stage, String askedDay, String askedMonth, String askedYear) {

  static RecordingForm startingWith(String version, String stage, LocalDate today) {
    return new RecordingForm(
        version,
        stage == null ? "" : stage,
        String.valueOf(today.getDayOfMonth()),
        String.valueOf(today.getMonthValue()),
        String.valueOf(today.getYear()));
  }

  /** The day it was asked: a real date from 2000 to today, or an error on {@code askedDay}. */
  LocalDate asked(Map<String, String> errors, LocalDate today) {
    if (blank(askedDay) || blank(askedMonth) || blank(askedYear)) {
      errors.put("askedDay", "Enter the day it was asked, like 27 3 2026");
      return null;
    }
    if (!digits(askedDay, 2) || !digits(askedMonth, 2) || !digits(askedYear, 4)) {
      errors.put("askedDay", "Enter a real date, like 27 3 2026");
      return null;
    }
    try {
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(askedYear.strip()),
              Integer.parseInt(askedMonth.strip()),
              Integer.parseInt(askedDay.strip()));
      if (day.isAfter(today)) {
        errors.put("askedDay", "The day it was asked must be today or before");
        return null;
      }
      if (day.getYear() < 2000) {
        errors.put("askedDay", "The day it was asked must be in the year 2000 or later");
        return null;
      }
      return day;
    } catch (DateTimeException e) {
      errors.put("askedDay", "Enter a real date, like 27 3 2026");
      return null;
    }
  }

  public boolean at(Stage choice) {
    return choice.code().equals(stage);
  }

  private static boolean digits(String value, int most) {
    return value.strip().matches("[0-9]{1," + most + "}");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
