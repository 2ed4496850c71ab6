package org.alliance.support.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The NHS Records Management Code's rules, at their edges. */
class RetentionRuleTests {

  private static final LocalDate BORN = LocalDate.of(2000, 5, 5);

  @Test
  void anAdultsRecordIsKeptEightYearsAfterTheLastContact() {
    assertThat(RetentionRule.due(LocalDate.of(1980, 1, 1), LocalDate.of(2015, 3, 10)))
        .isEqualTo(new RetentionRule.Due(LocalDate.of(2023, 3, 10), RetentionRule.ADULT));
  }

  @Test
  void eighteenOnTheDayOfTheLastContactIsAnAdult() {
    assertThat(RetentionRule.due(BORN, LocalDate.of(2018, 5, 5)))
        .isEqualTo(new RetentionRule.Due(LocalDate.of(2026, 5, 5), RetentionRule.ADULT));
  }

  @Test
  void seventeenAtTheLastContactEightYearsIsLaterThanTheTwentyFifthBirthday() {
    // The day before their 18th birthday: 25 on 5 May 2025, but 8 years run to 4 May 2026.
    assertThat(RetentionRule.due(BORN, LocalDate.of(2018, 5, 4)))
        .isEqualTo(new RetentionRule.Due(LocalDate.of(2026, 5, 4), RetentionRule.CHILD_8_YEARS));
  }

  @Test
  void sixteenAtTheLastContactTheTwentyFifthBirthdayIsLater() {
    // 8 years after 1 June 2016 is 1 June 2024; their 25th birthday, 5 May 2025, is later.
    assertThat(RetentionRule.due(BORN, LocalDate.of(2016, 6, 1)))
        .isEqualTo(
            new RetentionRule.Due(LocalDate.of(2025, 5, 5), RetentionRule.CHILD_25TH_BIRTHDAY));
  }

  @Test
  void seventeenOnTheDayTheTwoRulesMeet() {
    // Last seen on their 17th birthday: the 25th birthday and 8 years later are the same day.
    assertThat(RetentionRule.due(BORN, LocalDate.of(2017, 5, 5)).on())
        .isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(RetentionRule.due(BORN, LocalDate.of(2017, 5, 6)))
        .isEqualTo(new RetentionRule.Due(LocalDate.of(2025, 5, 6), RetentionRule.CHILD_8_YEARS));
    assertThat(RetentionRule.due(BORN, LocalDate.of(2017, 5, 4)))
        .isEqualTo(
            new RetentionRule.Due(LocalDate.of(2025, 5, 5), RetentionRule.CHILD_25TH_BIRTHDAY));
  }

  @Test
  void aLeapDayBirthdayTurnsTwentyFiveOnTheLastDayOfFebruary() {
    assertThat(RetentionRule.due(LocalDate.of(2004, 2, 29), LocalDate.of(2019, 1, 1)))
        .isEqualTo(
            new RetentionRule.Due(LocalDate.of(2029, 2, 28), RetentionRule.CHILD_25TH_BIRTHDAY));
  }

  @Test
  void withoutADateOfBirthTheAdultRuleAppliesAndSaysWhy() {
    assertThat(RetentionRule.due(null, LocalDate.of(2010, 7, 1)))
        .isEqualTo(
            new RetentionRule.Due(LocalDate.of(2018, 7, 1), RetentionRule.ADULT_NO_DATE_OF_BIRTH));
  }

  @Test
  void aRecordIsDueOnItsDayNotBefore() {
    RetentionRule.Due due = RetentionRule.due(LocalDate.of(1980, 1, 1), LocalDate.of(2015, 3, 10));
    assertThat(due.reachedBy(LocalDate.of(2023, 3, 9))).isFalse();
    assertThat(due.reachedBy(LocalDate.of(2023, 3, 10))).isTrue();
  }
}
