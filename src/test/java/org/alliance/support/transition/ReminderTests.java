package org.alliance.support.transition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.alliance.support.person.Person;
import org.junit.jupiter.api.Test;

/** The reminders before a young person turns 18 and 21, worked out from the date of birth. */
class ReminderTests {

  @Test
  void sixMonthsThenThreeMonthsBeforeUntilTheDay() {
    LocalDate born = LocalDate.of(2009, 5, 3); // turns 18 on 3 May 2027
    assertThat(Reminder.inForce(born, LocalDate.of(2026, 11, 2))).isEmpty();
    assertThat(Reminder.inForce(born, LocalDate.of(2026, 11, 3)))
        .containsExactly(new Reminder(18, LocalDate.of(2027, 5, 3), 6, LocalDate.of(2026, 11, 3)));
    assertThat(Reminder.inForce(born, LocalDate.of(2027, 2, 2)))
        .extracting(Reminder::monthsBefore)
        .containsExactly(6);
    assertThat(Reminder.inForce(born, LocalDate.of(2027, 2, 3)))
        .extracting(Reminder::monthsBefore)
        .containsExactly(3);
    assertThat(Reminder.inForce(born, LocalDate.of(2027, 5, 2))).hasSize(1);
  }

  @Test
  void aMilestoneAlreadyPastHasNoReminder() {
    LocalDate born = LocalDate.of(2009, 5, 3);
    assertThat(Reminder.inForce(born, LocalDate.of(2027, 5, 3))).isEmpty();
    assertThat(Reminder.inForce(born, LocalDate.of(2028, 1, 1))).isEmpty();
    // Six months before 21.
    assertThat(Reminder.inForce(born, LocalDate.of(2029, 11, 3)))
        .extracting(Reminder::milestone, Reminder::monthsBefore)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(21, 6));
    assertThat(Reminder.inForce(born, LocalDate.of(2030, 6, 1))).isEmpty();
    assertThat(Reminder.inForce(null, LocalDate.of(2030, 6, 1))).isEmpty();
  }

  @Test
  void bornOnTheTwentyNinthOfFebruaryTheyTurnEighteenOnTheFirstOfMarch() {
    LocalDate born = LocalDate.of(2008, 2, 29);
    // 2026 has no 29 February: they turn 18 on 1 March 2026, not 28 February.
    assertThat(Person.turns(born, 18)).isEqualTo(LocalDate.of(2026, 3, 1));
    // 2029 has none either: 21 on 1 March 2029.
    assertThat(Person.turns(born, 21)).isEqualTo(LocalDate.of(2029, 3, 1));
    // In a leap year the birthday is the birthday.
    assertThat(Person.turns(LocalDate.of(2012, 2, 29), 20)).isEqualTo(LocalDate.of(2032, 2, 29));
    List<Reminder> six = Reminder.inForce(born, LocalDate.of(2025, 9, 1));
    assertThat(six).extracting(Reminder::monthsBefore).containsExactly(6);
    assertThat(six.get(0).birthday()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(Reminder.inForce(born, LocalDate.of(2025, 8, 31))).isEmpty();
    assertThat(Reminder.inForce(born, LocalDate.of(2025, 12, 1)))
        .extracting(Reminder::monthsBefore)
        .containsExactly(3);
    // The last day before the birthday still reminds; 28 February is not yet the day.
    assertThat(Reminder.inForce(born, LocalDate.of(2026, 2, 28))).hasSize(1);
    assertThat(Reminder.inForce(born, LocalDate.of(2026, 3, 1))).isEmpty();
  }
}
