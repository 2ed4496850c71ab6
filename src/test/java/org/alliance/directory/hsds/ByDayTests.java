package org.alliance.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.alliance.directory.web.OpeningTimes;
import org.junit.jupiter.api.Test;

/** One reading of a schedule's days, wherever a schedule is searched, shown or edited. */
class ByDayTests {

  @Test
  void readsWeekdaysWithAndWithoutOrdinals() {
    ByDay rule = ByDay.parse("mo, TU,1WE,-1FR");
    assertThat(rule.unreadable()).isFalse();
    assertThat(rule.everyWeek()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    assertThat(rule.days())
        .extracting(ByDay.Day::describe)
        .containsExactly("Monday", "Tuesday", "the first Wednesday", "the last Friday");
    assertThat(rule.weeklyOnly()).isFalse();
    assertThat(ByDay.parse("MO,TU").weeklyOnly()).isTrue();
  }

  @Test
  void anythingThatIsNotADayIsUnreadableNotGuessed() {
    assertThat(ByDay.parse("MONDAY").unreadable()).isTrue();
    assertThat(ByDay.parse("6MO").unreadable()).isTrue();
    assertThat(ByDay.parse("MO,XX").unreadable()).isTrue();
    assertThat(ByDay.parse(null).days()).isEmpty();
    assertThat(ByDay.weekday("monday")).contains(DayOfWeek.MONDAY);
    assertThat(ByDay.weekday("Su")).contains(DayOfWeek.SUNDAY);
    assertThat(ByDay.weekday("1MO")).isEmpty();
  }

  @Test
  void theFirstMondayOfTheMonthIsNotEveryMonday() {
    assertThat(OpeningTimes.describe(null, "MONTHLY", "1MO", "10:00", "12:00"))
        .isEqualTo("The first Monday of the month, 10am to midday");
    assertThat(OpeningTimes.describe(null, "WEEKLY", "MO,1SA", "09:00", "17:00"))
        .isEqualTo("Monday and the first Saturday of the month, 9am to 5pm");
    assertThat(OpeningTimes.describe(null, "WEEKLY", "FR,MO,TU,WE,TH", "09:00", "17:00"))
        .isEqualTo("Monday to Friday, 9am to 5pm");
    assertThat(OpeningTimes.describe(null, "WEEKLY", "MO,XX", "09:00", "17:00")).isNull();
  }
}
