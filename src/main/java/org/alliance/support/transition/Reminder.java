package org.alliance.support.transition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alliance.support.person.Person;

/**
 * A reminder to a young person's trusted individual that they turn 18 or 21 soon: from six months
 * before the birthday, then (more pressing) from three months before, until the day. Worked out
 * from the date of birth each time, never stored.
 *
 * @param monthsBefore 6 or 3: which reminder is in force today
 */
public record Reminder(int milestone, LocalDate birthday, int monthsBefore, LocalDate since) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The milestones Alliance plans transitions for. */
  public static final List<Integer> MILESTONES = List.of(18, 21);

  /** The reminders in force on {@code today} for someone born on {@code born} (none if unknown). */
  public static List<Reminder> inForce(LocalDate born, LocalDate today) {
    List<Reminder> reminders = new ArrayList<>();
    if (born == null) {
      return reminders;
    }
    for (int milestone : MILESTONES) {
      LocalDate birthday = Person.turns(born, milestone);
      if (!birthday.isAfter(today)) {
        continue; // already past: nothing to remind of
      }
      LocalDate three = birthday.minusMonths(3);
      LocalDate six = birthday.minusMonths(6);
      if (!today.isBefore(three)) {
        reminders.add(new Reminder(milestone, birthday, 3, three));
      } else if (!today.isBefore(six)) {
        reminders.add(new Reminder(milestone, birthday, 6, six));
      }
    }
    return reminders;
  }

  public String turnsOn() {
    return DAY.format(birthday);
  }

  /** "Turns 18 on 3 May 2027: three months to go". */
  public String text() {
    return "turns "
        + milestone
        + " on "
        + turnsOn()
        + (monthsBefore == 3 ? ": under three months to go" : ": under six months to go");
  }
}
