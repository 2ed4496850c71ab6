package org.alliance.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.outcomes.disclosure.Reason;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.Figures;
import org.alliance.outcomes.indicator.Figures.Line;
import org.alliance.outcomes.indicator.IndicatorDefinition;
import org.alliance.outcomes.indicator.Period;
import org.junit.jupiter.api.Test;

/**
 * How disclosed figures are written (marks, CSV), looked up and counted, on hand-built {@link
 * Figures}. No Spring context.
 */
class FiguresOnThePageTests {

  private static final IndicatorDefinition DNA =
      new IndicatorDefinition(
          "did-not-attend-rate",
          1,
          "Did-not-attend rate",
          "Missed of offered",
          "Missed",
          "Offered",
          Period.MONTH,
          null,
          "lower",
          null,
          LocalDate.of(2020, 1, 1),
          "did-not-attend",
          null);

  private static Cell shown(int count) {
    return new Cell(count, Reason.SHOWN);
  }

  private static final Cell WITHHELD = new Cell(null, Reason.SECONDARY);

  @Test
  void everyKindOfWithheldCountHasOneMarkAndRatesSayWhy() {
    assertThat(Marks.count(shown(1234))).isEqualTo("1,234");
    assertThat(Marks.count(new Cell(null, Reason.PRIMARY))).isEqualTo("[c]");
    assertThat(Marks.count(new Cell(null, Reason.SECONDARY))).isEqualTo("[c]");
    assertThat(Marks.count(new Cell(25, Reason.ROUNDED))).isEqualTo("25 [rd]");
    assertThat(Marks.rate(new Rate(new BigDecimal("12.5"), Rate.Status.SHOWN))).isEqualTo("12.5%");
    assertThat(Marks.rate(new Rate(new BigDecimal("12.5"), Rate.Status.FROM_ROUNDED_FIGURES)))
        .isEqualTo("12.5% [rd]");
    assertThat(Marks.rate(new Rate(null, Rate.Status.SUPPRESSED))).isEqualTo("[c]");
    assertThat(Marks.rate(new Rate(null, Rate.Status.NO_DENOMINATOR))).isEqualTo("[z]");
    assertThat(Marks.rateReason(new Rate(null, Rate.Status.SUPPRESSED))).contains("withheld");
    assertThat(Marks.rateReason(new Rate(null, Rate.Status.NO_DENOMINATOR)))
        .contains("nothing to count it against");
    assertThat(Marks.rateReason(new Rate(BigDecimal.ONE, Rate.Status.SHOWN))).isNull();
  }

  @Test
  void aTableOfOneGroupAndOnePeriodIsItsOwnTotal() {
    Line only =
        new Line(
            "2026-01",
            "member-a",
            "Open Road",
            shown(6),
            shown(20),
            new Rate(new BigDecimal("30.0"), Rate.Status.SHOWN));
    FigureLines lines =
        new FigureLines(
            new Figures(
                DNA,
                YearMonth.of(2026, 1),
                YearMonth.of(2026, 1),
                Period.MONTH,
                Breakdown.MEMBER,
                true,
                List.of(only),
                List.of()));
    assertThat(lines.periods()).containsExactly("2026-01");
    assertThat(lines.everyone("2026-01")).isSameAs(only);
    assertThat(lines.everyone(null)).isSameAs(only);
    assertThat(lines.group(null, "member-a")).isSameAs(only);
    assertThat(lines.groups()).containsEntry("member-a", "Open Road");

    Set<Line> onPage = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    onPage.add(lines.everyone(null));
    onPage.add(lines.everyone("2026-01"));
    assertThat(Tally.of(onPage)).isEqualTo(new Tally(2, 0, 1, 0, 0));
  }

  @Test
  void membersAreListedByNameAndOtherGroupsInWords() {
    Rate none = new Rate(null, Rate.Status.SUPPRESSED);
    List<Line> lines =
        List.of(
            new Line("2026-01", "b", "Zed Service", WITHHELD, shown(9), none),
            new Line("2026-01", "a", "Alder Trust", WITHHELD, shown(9), none),
            new Line("2026-01", null, null, shown(5), shown(18), none));
    FigureLines byMember =
        new FigureLines(
            new Figures(
                DNA,
                YearMonth.of(2026, 1),
                YearMonth.of(2026, 1),
                Period.MONTH,
                Breakdown.MEMBER,
                true,
                lines,
                List.of()));
    assertThat(byMember.groups().values()).containsExactly("Alder Trust", "Zed Service");
    assertThat(GroupNames.words("18-24")).isEqualTo("18 to 24");
    assertThat(GroupNames.words("65-and-over")).isEqualTo("65 and over");
    assertThat(GroupNames.words("not-recorded")).isEqualTo("Not recorded");
    assertThat(GroupNames.words("age-band")).isEqualTo("Age band");
    assertThat(Tally.of(lines)).isEqualTo(new Tally(6, 2, 3, 3, 0));
  }

  @Test
  void theCsvDefusesFormulasAndLeavesWithheldCellsEmpty() throws Exception {
    List<Line> lines =
        List.of(
            new Line(
                "2026-01",
                "x",
                "=HYPERLINK(\"http://evil.example\")",
                WITHHELD,
                shown(12),
                new Rate(null, Rate.Status.SUPPRESSED)),
            new Line(
                "2026-01",
                null,
                null,
                shown(7),
                shown(40),
                new Rate(new BigDecimal("17.5"), Rate.Status.SHOWN)));
    StringWriter out = new StringWriter();
    IndicatorCsv.write(
        new Figures(
            DNA,
            YearMonth.of(2026, 1),
            YearMonth.of(2026, 1),
            Period.MONTH,
            Breakdown.MEMBER,
            true,
            lines,
            List.of()),
        out);
    assertThat(out.toString().lines().toList())
        .containsExactly(
            "Indicator,Version,Period,Breakdown,Group,Numerator,Numerator status,Denominator,"
                + "Denominator status,Rate %,Rate status",
            "did-not-attend-rate,1,2026-01,member,\"'=HYPERLINK(\"\"http://evil.example\"\")\","
                + ",suppressed,12,shown,,suppressed",
            "did-not-attend-rate,1,2026-01,member,Everyone,7,shown,40,shown,17.5,shown");
  }
}
