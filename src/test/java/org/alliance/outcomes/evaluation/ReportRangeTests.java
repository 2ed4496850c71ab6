package org.alliance.outcomes.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The report's months as typed, with no Spring. */
class ReportRangeTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  @Test
  void nothingTypedIsTheLastTwelveFullMonths() {
    ReportRange.Parsed parsed = ReportRange.parse(null, "", TODAY);
    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.range())
        .isEqualTo(new ReportRange(YearMonth.of(2025, 12), YearMonth.of(2026, 11)));
    assertThat(parsed.range().label()).isEqualTo("December 2025 to November 2026");
    assertThat(parsed.range().months()).isEqualTo(12);
  }

  @Test
  void oneMonthTypedMakesTwelveWithIt() {
    assertThat(ReportRange.parse("2025-04", null, TODAY).range())
        .isEqualTo(new ReportRange(YearMonth.of(2025, 4), YearMonth.of(2026, 3)));
    assertThat(ReportRange.parse(null, "2026-03", TODAY).range())
        .isEqualTo(new ReportRange(YearMonth.of(2025, 4), YearMonth.of(2026, 3)));
  }

  @Test
  void notAMonthIsAProblemForItsField() {
    ReportRange.Parsed parsed = ReportRange.parse("2025-13", "April", TODAY);
    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.problems())
        .containsEntry("from", "Enter the first month as a year and month, like 2025-04")
        .containsEntry("to", "Enter the last month as a year and month, like 2026-03");
    assertThat(ReportRange.parse("<script>", null, TODAY).fromText()).isEqualTo("<script>");
    assertThat(ReportRange.parse("1999-12", null, TODAY).ok()).isFalse();
  }

  @Test
  void backwardsOrLongerThanThirtySixMonthsIsRefusedWithAClearMessage() {
    assertThat(ReportRange.parse("2026-03", "2025-04", TODAY).problems().get("to"))
        .isEqualTo("The last month must be the same as the first month or after it");
    assertThat(ReportRange.parse("2023-01", "2025-12", TODAY).ok()).isTrue();
    assertThat(ReportRange.parse("2023-01", "2026-01", TODAY).problems().get("to"))
        .isEqualTo(
            "A report can cover at most 36 months. Choose a last month no later than 2025-12");
  }
}
