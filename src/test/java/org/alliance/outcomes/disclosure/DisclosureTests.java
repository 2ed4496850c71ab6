package org.alliance.outcomes.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables built to leak. Each is drawn as text: a layer per period ("|" between layers, all periods
 * last), "/" between rows, the row total last in each row and the column totals last in each layer;
 * "*" is a suppressed figure. Each test first shows that suppressing only the small counts would
 * leak (the brute-force {@link LeakChecker} works one out), then exactly what the rule shows.
 */
class DisclosureTests {

  private final Disclosure disclosure = new Disclosure(DisclosureSettings.DEFAULT);

  private static final List<String> ABC = List.of("A", "B", "C");
  private static final List<String> XYZ = List.of("X", "Y", "Z");

  @Test
  void aMemberWhoKnowsItsOwnRowCannotWorkOutAnothers() {
    // Rows are members; each member's staff know their own row. Safe against outsiders alone, A's
    // staff could take their own 3 and C's 20 from the column's 25 and find B's 2.
    CountTable table =
        CountTable.of(ABC, List.of("missed", "came"), new int[][] {{3, 30}, {2, 40}, {20, 50}});
    List<java.util.Set<Position>> insiders = new java.util.ArrayList<>();
    for (int row = 0; row < 3; row++) {
      int r = row;
      insiders.add(
          java.util.Set.copyOf(
              table.shape().positions().stream().filter(p -> p.row() == r).toList()));
    }
    DisclosedTable outsidersOnly = disclosure.disclose(table);
    assertThat(insiderFindings(table, outsidersOnly, insiders.get(0)))
        .as("suppression against outsiders alone leaks to A")
        .isNotEmpty();

    DisclosedTable shown = disclosure.disclose(table, insiders);
    for (java.util.Set<Position> insider : insiders) {
      assertThat(insiderFindings(table, shown, insider)).as(insider.toString()).isEmpty();
    }
  }

  @Test
  void aMemberAloneInATableLearnsOnlyWhatItKnows() {
    // Its own row is the total: working the total out tells it nothing about anyone else.
    CountTable table =
        CountTable.of(List.of("A"), List.of("missed", "came"), new int[][] {{3, 30}});
    java.util.Set<Position> own =
        java.util.Set.copyOf(table.shape().positions().stream().filter(p -> p.row() == 0).toList());
    assertThat(Tables.drawn(disclosure.disclose(table, List.of(own))))
        .isEqualTo(Tables.drawn(disclosure.disclose(table)));
  }

  /** What someone who knows these figures can work out of the others that are suppressed. */
  private static List<Recovery.Finding> insiderFindings(
      CountTable table, DisclosedTable shown, java.util.Set<Position> known) {
    java.util.Set<Position> unknown = new java.util.HashSet<>(shown.suppressed());
    unknown.removeAll(known);
    return Recovery.first(table.shape(), table.counts(), unknown).stream().toList();
  }

  @Test
  void aSmallCellInARowWithATotalTakesThePartnerThatIsSmallest() {
    CountTable table =
        CountTable.of(List.of("A"), List.of("X", "Y", "Z"), new int[][] {{3, 10, 12}});

    assertThat(primaryOnlyLeaks(table)).containsExactly("(0, 0, 0)=3");
    assertProtected(table, "* * 12 25");
  }

  @Test
  void twoSmallCellsInARowProtectEachOther() {
    CountTable table =
        CountTable.of(List.of("A"), List.of("W", "X", "Y", "Z"), new int[][] {{2, 3, 10, 12}});

    assertThat(primaryOnlyLeaks(table)).isEmpty();
    assertProtected(table, "* * 10 12 27");
  }

  @Test
  void twoOnesInARowAreWorkedOutBecauseASuppressedCellIsAtLeastOne() {
    // 24 - 10 - 12 leaves 2 for two suppressed cells, each at least 1: both are 1.
    CountTable table =
        CountTable.of(List.of("A"), List.of("W", "X", "Y", "Z"), new int[][] {{1, 1, 10, 12}});

    assertThat(primaryOnlyLeaks(table)).containsExactly("(0, 0, 0)=1", "(0, 0, 1)=1");
    assertProtected(table, "* * * 12 24");
  }

  @Test
  void aSmallCellWhoseRowAndColumnBothNeedPartnersClosesUpInARectangle() {
    CountTable table = CountTable.of(ABC, XYZ, new int[][] {{2, 10, 12}, {8, 9, 15}, {11, 7, 20}});

    assertThat(primaryOnlyLeaks(table)).containsExactly("(0, 0, 0)=2");
    assertProtected(table, "* * 12 24 / * * 15 32 / 11 7 20 38 / 21 26 47 94");
  }

  @Test
  void aRowTotalLessTheShownCellsLeaksUntilTheTotalsAreProtectedToo() {
    // Row A is all small: its total is small too, and the column of totals needs a partner.
    CountTable table =
        CountTable.of(ABC, List.of("X", "Y"), new int[][] {{1, 2}, {9, 6}, {10, 12}});

    assertThat(primaryOnlyLeaks(table)).isNotEmpty();
    assertProtected(table, "* * * / * * * / 10 12 22 / 20 20 40");
  }

  @Test
  void periodsLeakThroughTheFiguresForAllPeriods() {
    // Q1's small cell would be all periods less Q2, even where Q1's own row and column are safe.
    CountTable table =
        CountTable.ofPeriods(
            List.of("A", "B"),
            List.of("X", "Y"),
            List.of("Q1", "Q2"),
            List.of(new int[][] {{3, 10}, {9, 8}}, new int[][] {{7, 6}, {10, 12}}));

    assertThat(primaryOnlyLeaks(table)).contains("(0, 0, 0)=3");
    assertProtected(
        table,
        "* * 13 / * * 17 / 12 18 30 | * * 13 / * * 22 / 17 18 35 | 10 16 26 / 19 20 39 / 29 36 65");
  }

  @Test
  void zeroIsShownAndNeverSuppressedAsAPartner() {
    // Zero identifies nobody (usual UK practice); the partner is the smallest non-zero figure.
    CountTable table =
        CountTable.of(
            List.of("A"), List.of("V", "W", "X", "Y", "Z"), new int[][] {{0, 3, 0, 9, 8}});

    assertProtected(table, "0 * 0 9 * 20");
  }

  @Test
  void aTableOfZerosIsShownWhole() {
    CountTable table = CountTable.of(ABC, XYZ, new int[3][3]);

    assertThat(Tables.drawn(disclosure.disclose(table)))
        .isEqualTo("0 0 0 0 / 0 0 0 0 / 0 0 0 0 / 0 0 0 0");
  }

  @Test
  void aSmallTotalIsSuppressedLikeAnyOtherCount() {
    CountTable table = CountTable.of(List.of("A", "B"), List.of("X"), new int[][] {{0}, {4}});

    assertProtected(table, "0 / * / *");
  }

  @Test
  void theReasonSaysWhichSuppressionIsPrimary() {
    DisclosedTable shown =
        disclosure.disclose(
            CountTable.of(List.of("A"), List.of("X", "Y", "Z"), new int[][] {{3, 10, 12}}));

    assertThat(shown.cell(0, 0, 0)).isEqualTo(new Cell(null, Reason.PRIMARY));
    assertThat(shown.cell(0, 0, 1)).isEqualTo(new Cell(null, Reason.SECONDARY));
    assertThat(shown.cell(0, 0, 2)).isEqualTo(new Cell(12, Reason.SHOWN));
    assertThat(shown.rounded()).isFalse();
  }

  @Test
  void aRateIsSuppressedWhenItsNumeratorIs() {
    DisclosedTable shown =
        disclosure.disclose(
            CountTable.of(
                List.of("Completed", "Started"),
                List.of("North", "South", "West"),
                new int[][] {{3, 8, 40}, {20, 25, 60}}));

    assertThat(Tables.drawn(shown)).isEqualTo("* * 40 51 / * * 60 105 / 23 33 100 156");
    assertThat(disclosure.rate(shown.cell(0, 0, 0), shown.cell(0, 1, 0)).status())
        .isEqualTo(Rate.Status.SUPPRESSED);
    assertThat(disclosure.rate(shown.cell(0, 0, 0), shown.cell(0, Position.TOTAL, 0)))
        .isEqualTo(new Rate(null, Rate.Status.SUPPRESSED));
    assertThat(disclosure.rate(shown.cell(0, 0, 2), shown.cell(0, 1, 2)))
        .isEqualTo(new Rate(new BigDecimal("66.7"), Rate.Status.SHOWN));
    assertThat(disclosure.rate(new Cell(0, Reason.SHOWN), new Cell(0, Reason.SHOWN)).status())
        .isEqualTo(Rate.Status.NO_DENOMINATOR);
    assertThat(disclosure.rate(new Cell(12, Reason.SHOWN), new Cell(0, Reason.SHOWN)).status())
        .isEqualTo(Rate.Status.NO_DENOMINATOR);
  }

  @Test
  void rateDecimalsAreASetting() {
    Disclosure twoPlaces = new Disclosure(new DisclosureSettings(5, 0, RoundingMode.HALF_UP, 2));

    assertThat(twoPlaces.rate(new Cell(2 * 5, Reason.SHOWN), new Cell(30, Reason.SHOWN)).percent())
        .isEqualTo(new BigDecimal("33.33"));
    assertThat(disclosure.rate(new Cell(20, Reason.SHOWN), new Cell(30, Reason.SHOWN)).percent())
        .isEqualTo(new BigDecimal("66.7"));
  }

  @Test
  void roundingToFivesRoundsEveryShownFigureFromItsTrueCount() {
    Disclosure fives = new Disclosure(new DisclosureSettings(5, 5, RoundingMode.HALF_UP, 1));
    CountTable table =
        CountTable.of(
            List.of("A", "B"), List.of("X", "Y", "Z"), new int[][] {{7, 8, 12}, {3, 0, 23}});

    DisclosedTable shown = fives.disclose(table);

    // Suppression is decided on the true counts, exactly as without rounding.
    assertThat(shown.suppressed()).isEqualTo(disclosure.disclose(table).suppressed());
    assertThat(Tables.drawn(shown)).isEqualTo("* 10 * 25 / * 0 * 25 / 10 10 35 55");
    assertThat(shown.cell(0, 0, 1)).isEqualTo(new Cell(10, Reason.ROUNDED));
    assertThat(shown.rounded()).isTrue();
    assertThat(fives.rate(shown.cell(0, 0, 1), shown.cell(0, 0, Position.TOTAL)))
        .isEqualTo(new Rate(new BigDecimal("40.0"), Rate.Status.FROM_ROUNDED_FIGURES));
  }

  @Test
  void theRoundingModeIsASetting() {
    Disclosure up = new Disclosure(new DisclosureSettings(5, 10, RoundingMode.HALF_UP, 1));
    Disclosure down = new Disclosure(new DisclosureSettings(5, 10, RoundingMode.HALF_DOWN, 1));

    assertThat(up.disclose(15).shown()).isEqualTo(20);
    assertThat(down.disclose(15).shown()).isEqualTo(10);
    assertThat(up.disclose(4)).isEqualTo(new Cell(null, Reason.PRIMARY));
    assertThat(up.disclose(0)).isEqualTo(new Cell(0, Reason.ROUNDED));
  }

  @Test
  void theThresholdIsASetting() {
    Disclosure tens = new Disclosure(new DisclosureSettings(10, 0, RoundingMode.HALF_UP, 1));

    assertThat(tens.disclose(9).isSuppressed()).isTrue();
    assertThat(tens.disclose(10)).isEqualTo(new Cell(10, Reason.SHOWN));
    assertThat(disclosure.disclose(4).isSuppressed()).isTrue();
    assertThat(disclosure.disclose(5)).isEqualTo(new Cell(5, Reason.SHOWN));
    assertThat(disclosure.disclose(0)).isEqualTo(new Cell(0, Reason.SHOWN));
  }

  @Test
  void aBreakdownCountedPersonByPersonBuildsTheSameTable() {
    TableShape shape =
        new TableShape(List.of("Member 1", "Member 2"), List.of("F", "M"), List.of());
    CountTable.Builder counted = CountTable.builder(shape);
    for (int i = 0; i < 7; i++) {
      counted.add("Member 1", "F", 1);
    }
    counted.add("Member 2", "M", 9).add("Member 1", "M", 6).add("Member 2", "F", 5);

    assertThat(counted.build().counts())
        .isEqualTo(
            CountTable.of(shape.rows(), shape.columns(), new int[][] {{7, 6}, {5, 9}}).counts());
  }

  /** What the brute-force reader works out when only the counts 1 to 4 are hidden. */
  private List<String> primaryOnlyLeaks(CountTable table) {
    java.util.Set<Position> primary = new java.util.LinkedHashSet<>();
    table
        .counts()
        .forEach(
            (p, n) -> {
              if (n >= 1 && n <= 4) {
                primary.add(p);
              }
            });
    return LeakChecker.leaks(table.shape(), table.counts(), primary).stream()
        .map(leak -> leak.position() + "=" + leak.value())
        .toList();
  }

  /** The rule shows exactly this, and neither reader can work out what it hides. */
  private void assertProtected(CountTable table, String expected) {
    DisclosedTable shown = disclosure.disclose(table);
    assertThat(Tables.drawn(shown)).isEqualTo(expected);
    assertThat(Recovery.of(shown)).isEmpty();
    assertThat(LeakChecker.leaks(shown)).isEmpty();
  }
}
