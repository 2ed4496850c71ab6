package org.alliance.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.Period;
import org.junit.jupiter.api.Test;

/** The range asked for: defaults, and each bad value named with the default used instead. */
class DashboardQueryTests {

  private static final YearMonth LAST = YearMonth.of(2026, 11);

  @Test
  void byDefaultTheLastTwelveFullMonthsByMonthForEveryone() {
    DashboardQuery query = DashboardQuery.read(null, "", null, null, LAST);
    assertThat(query.from()).isEqualTo(YearMonth.of(2025, 12));
    assertThat(query.to()).isEqualTo(LAST);
    assertThat(query.period()).isEqualTo(Period.MONTH);
    assertThat(query.by()).isEqualTo(Breakdown.NONE);
    assertThat(query.errors()).isEmpty();
  }

  @Test
  void whatIsAskedForIsUsed() {
    DashboardQuery query = DashboardQuery.read("2025-04", "2026-03", "quarter", "age-band", LAST);
    assertThat(query.from()).isEqualTo(YearMonth.of(2025, 4));
    assertThat(query.to()).isEqualTo(YearMonth.of(2026, 3));
    assertThat(query.period()).isEqualTo(Period.QUARTER);
    assertThat(query.by()).isEqualTo(Breakdown.AGE_BAND);
    assertThat(query.rangeText()).isEqualTo("2025-04 to 2026-03");
  }

  @Test
  void eachBadValueIsNamedAndTheDefaultUsed() {
    DashboardQuery query =
        DashboardQuery.read("2026-13", "<script>", "fortnight", "shoe-size", LAST);
    assertThat(query.errors()).containsOnlyKeys("from", "to", "period", "by");
    assertThat(query.from()).isEqualTo(YearMonth.of(2025, 12));
    assertThat(query.to()).isEqualTo(LAST);
    assertThat(query.period()).isEqualTo(Period.MONTH);
    assertThat(query.typed().get("to")).isEqualTo("<script>");
  }

  @Test
  void fromAfterToAndTooLongARangeAreRefused() {
    assertThat(DashboardQuery.read("2026-05", "2026-01", null, null, LAST).errors())
        .containsEntry("from", "The first month must not be after the last month");
    DashboardQuery tooLong = DashboardQuery.read("2020-01", "2026-01", null, null, LAST);
    assertThat(tooLong.errors()).containsKey("from");
    assertThat(tooLong.from()).isEqualTo(YearMonth.of(2021, 2));
  }
}
