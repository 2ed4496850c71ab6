package org.alliance.support.contact;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.validation.Errors;

/**
 * A contact that happened, or an appointment booked, as typed. A contact has happened (now or
 * before) and has an outcome, attended unless said otherwise; an appointment is in the future with
 * no outcome until it is recorded.
 */
public record ContactForm(
    String mode,
    String whenDay,
    String whenMonth,
    String whenYear,
    String time,
    String outcome,
    String label,
    String summary,
    String worker) {

  static final int SUMMARY_MAX = 1000;
  static final String FIELDS = "mode,whenDay,time,outcome,label,summary,worker";

  private static final Pattern CLOCK =
      Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?", Pattern.CASE_INSENSITIVE);

  static ContactForm contact(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, PersonAccess.UK);
    return new ContactForm(
        "",
        String.valueOf(today.getDayOfMonth()),
        String.valueOf(today.getMonthValue()),
        String.valueOf(today.getYear()),
        "",
        Outcome.ATTENDED.code(),
        "",
        "",
        "");
  }

  static ContactForm appointment() {
    return new ContactForm("", "", "", "", "", "", "", "", "");
  }

  /** What a valid form says. */
  record Checked(
      ContactMode mode,
      Instant happensAt,
      Outcome outcome,
      SensitivityLabel label,
      String summary,
      String worker) {}

  Optional<Checked> check(Errors errors, boolean appointment, Instant now) {
    Optional<ContactMode> how = ContactMode.fromCode(mode);
    if (how.isEmpty()) {
      errors.rejectValue("mode", "required", "Choose how the contact happens");
    }
    Instant at = null;
    LocalDate day = date(errors);
    LocalTime clock = time(errors);
    if (day != null && clock != null) {
      at = day.atTime(clock).atZone(PersonAccess.UK).toInstant();
      if (appointment) {
        if (!at.isAfter(now)) {
          errors.rejectValue("whenDay", "past", "An appointment must be in the future");
        } else if (at.isAfter(now.plus(731, ChronoUnit.DAYS))) {
          errors.rejectValue("whenDay", "far", "An appointment must be in the next two years");
        }
      } else if (at.isAfter(now.plus(5, ChronoUnit.MINUTES))) {
        errors.rejectValue(
            "whenDay", "future", "A contact must have happened: book an appointment instead");
      } else if (day.getYear() < 2000) {
        errors.rejectValue("whenDay", "old", "The date must be in the year 2000 or later");
      }
    }
    Outcome result = null;
    if (!appointment) {
      Optional<Outcome> known = Outcome.fromCode(outcome);
      if (known.isEmpty()) {
        errors.rejectValue("outcome", "required", "Choose what happened");
      } else {
        result = known.get();
      }
    }
    SensitivityLabel sensitive = null;
    if (label != null && !label.isBlank()) {
      Optional<SensitivityLabel> known = SensitivityLabel.fromCode(label);
      if (known.isEmpty()) {
        errors.rejectValue("label", "unknown", "Choose a label from the list, or none");
      } else {
        sensitive = known.get();
      }
    }
    if (summary != null && summary.strip().length() > SUMMARY_MAX) {
      errors.rejectValue(
          "summary", "length", "The summary must be " + SUMMARY_MAX + " characters or fewer");
    }
    if (worker != null && worker.strip().length() > 64) {
      errors.rejectValue(
          "worker", "unknown", "There is no worker at your member with that user name");
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new Checked(
            how.get(),
            at,
            result,
            sensitive,
            blank(summary) ? null : summary.strip(),
            blank(worker) ? null : worker.strip()));
  }

  private LocalDate date(Errors errors) {
    if (blank(whenDay) || blank(whenMonth) || blank(whenYear)) {
      errors.rejectValue("whenDay", "required", "Enter the date, like 27 3 2026");
      return null;
    }
    try {
      int year = Integer.parseInt(whenYear.strip());
      if (year < 1900 || year > 2999) {
        errors.rejectValue("whenDay", "range", "Enter a real date, like 27 3 2026");
        return null;
      }
      return LocalDate.of(
          year, Integer.parseInt(whenMonth.strip()), Integer.parseInt(whenDay.strip()));
    } catch (NumberFormatException | DateTimeException e) {
      errors.rejectValue("whenDay", "date", "Enter a real date, like 27 3 2026");
      return null;
    }
  }

  private LocalTime time(Errors errors) {
    if (blank(time)) {
      errors.rejectValue("time", "required", "Enter the time, like 14:30 or 2:30pm");
      return null;
    }
    Matcher clock = CLOCK.matcher(time.strip());
    if (time.strip().length() > 10 || !clock.matches()) {
      errors.rejectValue("time", "format", "Enter the time, like 14:30 or 2:30pm");
      return null;
    }
    int hour = Integer.parseInt(clock.group(1));
    int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
    String half = clock.group(3) == null ? null : clock.group(3).toLowerCase(Locale.UK);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        errors.rejectValue("time", "range", "Enter a real time, like 14:30 or 2:30pm");
        return null;
      }
      hour = hour % 12 + (half.equals("pm") ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      errors.rejectValue("time", "range", "Enter a real time, like 14:30 or 2:30pm");
      return null;
    }
    return LocalTime.of(hour, minute);
  }

  public boolean labelled(String code) {
    return code.equals(label);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
