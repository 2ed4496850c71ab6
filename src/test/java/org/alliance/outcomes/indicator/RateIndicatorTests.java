package org.alliance.outcomes.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.disclosure.DisclosureSettings;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.support.Tallies;
import org.alliance.support.Tallies.Count;
import org.junit.jupiter.api.Test;

/**
 * A rate indicator (the did-not-attend rate) against figures worked out by hand, with no Spring and
 * no database.
 */
class RateIndicatorTests {

  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final YearMonth JAN = YearMonth.of(2025, 1);
  private static final YearMonth FEB = YearMonth.of(2025, 2);
  private static final YearMonth MAR = YearMonth.of(2025, 3);
  private static final IndicatorDefinition DEFINITION =
      new IndicatorDefinition(
          "did-not-attend-rate",
          1,
          "Did-not-attend rate",
          "d",
          "n",
          "d",
          Period.MONTH,
          null,
          "lower",
          null,
          LocalDate.of(2020, 1, 1),
          "did-not-attend",
          null);
  private static final Disclosure DISCLOSURE = new Disclosure(DisclosureSettings.DEFAULT);

  // Member A in January comes in two groups, to show groups are added up; December is outside.
  //
  //            A: missed / came / all     B: missed / came / all     everyone
  // January    2+3=5 / 7+8=15 / 20        0 / 10 / 10                5/30  = 16.666 -> 16.7%
  // February   6 / 14 / 20  (30.0%)       5 / 5 / 10   (50.0%)       11/30 = 36.666 -> 36.7%
  // March      nothing                    nothing                    no denominator
  // all three  11 / 29 / 40 (27.5%)       5 / 15 / 20  (25.0%)       16/60 = 26.666 -> 26.7%
  //            (January A is 25.0%, B 0.0%)
  // No figure is from 1 to 4, so nothing is suppressed.
  private static final List<Row> ROWS =
      List.of(
          new Row(YearMonth.of(2024, 12), A, "18-24", "1", 9, 9),
          new Row(JAN, A, "18-24", "2", 2, 9),
          new Row(JAN, A, "25-34", "1", 3, 11),
          new Row(JAN, B, "25-34", "1", 0, 10),
          new Row(FEB, A, "50-64", "2", 6, 20),
          new Row(FEB, B, "under-18", "1", 5, 10));

  /** A fixture row with every group, as support counts it before a breakdown is chosen. */
  private record Row(
      YearMonth month, UUID member, String ageBand, String sex, int numerator, int denominator) {}

  /** Support's counts for the breakdown: each member's group by the one dimension asked. */
  private static List<Count> counts(Breakdown by) {
    Tallies.Dimension dimension = RateIndicator.dimension(by);
    return ROWS.stream()
        .map(
            r ->
                new Count(
                    r.month(),
                    r.member(),
                    switch (dimension) {
                      case AGE_BAND -> r.ageBand();
                      case SEX -> r.sex();
                      default -> null;
                    },
                    r.numerator(),
                    r.denominator()))
        .toList();
  }

  private static Figures byMember() {
    return RateIndicator.compute(
        DEFINITION,
        counts(Breakdown.MEMBER),
        JAN,
        MAR,
        Period.MONTH,
        Breakdown.MEMBER,
        DISCLOSURE,
        true,
        id -> Map.of(A.toString(), "Alpha", B.toString(), "Beta").get(id));
  }

  private static Figures.Line line(Figures figures, String period, String group) {
    return figures.lines().stream()
        .filter(l -> java.util.Objects.equals(l.period(), period))
        .filter(l -> java.util.Objects.equals(l.group(), group))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line " + period + " " + group));
  }

  private static void assertShown(Figures.Line line, int missed, int all, String percent) {
    assertThat(line.numerator()).as(line.toString()).isEqualTo(new Cell(missed, shownReason()));
    assertThat(line.denominator()).as(line.toString()).isEqualTo(new Cell(all, shownReason()));
    assertThat(line.rate())
        .as(line.toString())
        .isEqualTo(new Rate(new BigDecimal(percent), Rate.Status.SHOWN));
  }

  private static org.alliance.outcomes.disclosure.Reason shownReason() {
    return org.alliance.outcomes.disclosure.Reason.SHOWN;
  }

  @Test
  void ratesByMemberAndMonthAreTheHandWorkedOnes() {
    Figures figures = byMember();
    String a = A.toString();
    String b = B.toString();
    assertShown(line(figures, "2025-01", a), 5, 20, "25.0");
    assertShown(line(figures, "2025-01", b), 0, 10, "0.0");
    assertShown(line(figures, "2025-01", null), 5, 30, "16.7");
    assertShown(line(figures, "2025-02", a), 6, 20, "30.0");
    assertShown(line(figures, "2025-02", b), 5, 10, "50.0");
    assertShown(line(figures, "2025-02", null), 11, 30, "36.7");
    assertShown(line(figures, null, a), 11, 40, "27.5");
    assertShown(line(figures, null, b), 5, 20, "25.0");
    assertShown(line(figures, null, null), 16, 60, "26.7");
    assertThat(line(figures, "2025-03", null).rate().status())
        .isEqualTo(Rate.Status.NO_DENOMINATOR);
    assertThat(line(figures, "2025-01", a).groupName()).isEqualTo("Alpha");
    // Three months and all of them, each for A, B and everyone.
    assertThat(figures.lines()).hasSize(12);
    assertThat(figures.disclosed()).isTrue();
  }

  @Test
  void aQuarterAddsUpItsMonths() {
    Figures figures =
        RateIndicator.compute(
            DEFINITION,
            counts(Breakdown.NONE),
            JAN,
            MAR,
            Period.QUARTER,
            Breakdown.NONE,
            DISCLOSURE,
            true,
            id -> id);
    // One period and one group, so one line: 16 missed of 60.
    assertThat(figures.lines()).hasSize(1);
    assertShown(line(figures, "2025-Q1", null), 16, 60, "26.7");
  }

  @Test
  void smallNumbersAreSuppressedAndNothingShownIsWrong() {
    // By sex, January and February together (one quarter):
    //   sex 1: missed 3+0+5 = 8, came 8+10+5 = 23, all 31
    //   sex 2: missed 2+6 = 8,  came 7+14 = 21,   all 29
    // By age band instead: 18-24 missed 2 (of 9): a count from 1 to 4, so suppressed, and its rate
    // with it; 25-34 missed 3+0 = 3 (of 21), suppressed too.
    Figures byAge =
        RateIndicator.compute(
            DEFINITION,
            counts(Breakdown.AGE_BAND),
            JAN,
            MAR,
            Period.QUARTER,
            Breakdown.AGE_BAND,
            DISCLOSURE,
            true,
            id -> id);
    assertThat(byAge.lines())
        .extracting(Figures.Line::group)
        .containsExactly("under-18", "18-24", "25-34", "50-64", null);
    assertThat(line(byAge, "2025-Q1", "18-24").numerator().isSuppressed()).isTrue();
    assertThat(line(byAge, "2025-Q1", "18-24").rate().isSuppressed()).isTrue();
    assertThat(line(byAge, "2025-Q1", "25-34").numerator().isSuppressed()).isTrue();
    assertThat(line(byAge, "2025-Q1", "25-34").rate().isSuppressed()).isTrue();
    // Whatever is shown is the true figure.
    Map<String, int[]> truth =
        Map.of(
            "under-18", new int[] {5, 10},
            "18-24", new int[] {2, 9},
            "25-34", new int[] {3, 21},
            "50-64", new int[] {6, 20});
    for (Figures.Line l : byAge.lines()) {
      int[] true_ = l.group() == null ? new int[] {16, 60} : truth.get(l.group());
      if (!l.numerator().isSuppressed()) {
        assertThat(l.numerator().shown()).isEqualTo(true_[0]);
      }
      if (!l.denominator().isSuppressed()) {
        assertThat(l.denominator().shown()).isEqualTo(true_[1]);
      }
    }

    Figures bySex =
        RateIndicator.compute(
            DEFINITION,
            counts(Breakdown.SEX),
            JAN,
            MAR,
            Period.QUARTER,
            Breakdown.SEX,
            DISCLOSURE,
            true,
            id -> id);
    assertShown(line(bySex, "2025-Q1", "1"), 8, 31, "25.8");
    assertShown(line(bySex, "2025-Q1", "2"), 8, 29, "27.6");
  }
}
