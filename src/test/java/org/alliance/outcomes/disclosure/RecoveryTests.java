package org.alliance.outcomes.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exact reader finds what no single subtraction or pair of them does. */
class RecoveryTests {

  private static final List<String> ABC = List.of("A", "B", "C");
  private static final List<String> XYZ = List.of("X", "Y", "Z");
  private static final int T = Position.TOTAL;

  @Test
  void aChainOfRelationsSolvesWhatNoPairOfThemDoes() {
    CountTable table =
        CountTable.of(ABC, XYZ, new int[][] {{24, 23, 18}, {22, 7, 10}, {19, 5, 11}});
    Set<Position> hidden =
        Set.of(at(0, 0), at(0, 2), at(1, 0), at(1, T), at(2, 1), at(2, 2), at(T, 1));

    assertThat(Tables.drawn(table, hidden))
        .isEqualTo("* 23 * 65 / * 7 10 * / 19 * * 35 / 65 * 39 139");
    assertThat(Recovery.of(table.shape(), table.counts(), hidden))
        .contains(new Recovery.Finding(at(0, 0), 24, Recovery.How.SOLVED));
    assertThat(LeakChecker.leaks(table.shape(), table.counts(), hidden))
        .extracting(LeakChecker.Leak::position)
        .doesNotContain(at(0, 0));
  }

  @Test
  void knowingHiddenFiguresAreAtLeastOnePinsFiguresAboveOneToo() {
    // Row A's total 2 leaves 1 and 1; so column X's total is 1 and column Y's is 6 - 1 = 5.
    CountTable table =
        CountTable.of(List.of("A", "B"), List.of("X", "Y"), new int[][] {{1, 1}, {0, 4}});
    Set<Position> hidden = Set.of(at(0, 0), at(0, 1), at(1, T), at(T, 0), at(T, 1));

    assertThat(Tables.drawn(table, hidden)).isEqualTo("* * 2 / 0 4 * / * * 6");
    assertThat(Recovery.of(table.shape(), table.counts(), hidden))
        .contains(new Recovery.Finding(at(T, 1), 5, Recovery.How.PINNED));
    assertThat(LeakChecker.leaks(table.shape(), table.counts(), hidden))
        .extracting(LeakChecker.Leak::position)
        .doesNotContain(at(T, 1));
  }

  @Test
  void theIntervalsOfTheLinearRelaxationAreExact() {
    // x0 - x1 = 3 and x0 + x2 = 5, every x at least 1: x0 is 4, x1 and x2 are 1.
    List<BigInteger[]> equations = List.of(integers(1, -1, 0, 3), integers(1, 0, 1, 5));
    Intervals intervals = Intervals.of(equations, 3);

    assertThat(intervals.pinned(0)).contains(BigInteger.valueOf(4));
    assertThat(intervals.pinned(1)).contains(BigInteger.ONE);
    assertThat(intervals.pinned(2)).contains(BigInteger.ONE);
    assertThat(Intervals.of(List.<BigInteger[]>of(integers(1, -1, 0, 3)), 3).pinned(0))
        .isEqualTo(Optional.empty());
  }

  @Test
  void aRectangleOfHiddenFiguresGivesNothingAway() {
    CountTable table = CountTable.of(ABC, XYZ, new int[][] {{2, 10, 12}, {8, 9, 15}, {11, 7, 20}});
    Set<Position> hidden = Set.of(at(0, 0), at(0, 1), at(1, 0), at(1, 1));

    assertThat(Recovery.of(table.shape(), table.counts(), hidden)).isEmpty();
    assertThat(LeakChecker.leaks(table.shape(), table.counts(), hidden)).isEmpty();
  }

  private static Position at(int row, int column) {
    return new Position(0, row, column);
  }

  private static BigInteger[] integers(long... values) {
    BigInteger[] integers = new BigInteger[values.length];
    for (int i = 0; i < values.length; i++) {
      integers[i] = BigInteger.valueOf(values[i]);
    }
    return integers;
  }
}
