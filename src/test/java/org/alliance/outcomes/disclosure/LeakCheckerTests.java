package org.alliance.outcomes.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random tables full of small counts, from 2 × 2 to 5 × 5 and for one to three periods: after the
 * rule, neither the exact {@link Recovery} nor the brute-force {@link LeakChecker} can work out a
 * suppressed figure, and no count from 1 to 4 is shown. Seeded, so a failure comes back the same.
 */
class LeakCheckerTests {

  private static final int TABLES = 300;

  private final Disclosure disclosure = new Disclosure(DisclosureSettings.DEFAULT);

  @Test
  void nothingTheRuleHidesCanBeWorkedOutAndNoSmallCountIsShown() {
    Random random = new Random(17);
    for (int t = 0; t < TABLES; t++) {
      CountTable table = randomTable(random);
      DisclosedTable shown = disclosure.disclose(table);
      String drawn = Tables.drawn(table, shown.suppressed());

      assertThat(Recovery.of(shown)).as("exact recovery in %s", drawn).isEmpty();
      assertThat(LeakChecker.leaks(shown)).as("subtractions in %s", drawn).isEmpty();
      for (Map.Entry<Position, Cell> figure : shown.cells().entrySet()) {
        int count = table.count(figure.getKey());
        Cell cell = figure.getValue();
        if (count >= 1 && count <= 4) {
          assertThat(cell).as("%s in %s", figure.getKey(), drawn).isEqualTo(primary());
        } else if (!cell.isSuppressed()) {
          assertThat(cell.shown()).isEqualTo(count);
        } else {
          assertThat(count).as("a zero is never suppressed").isPositive();
        }
      }
    }
  }

  /**
   * The checkers are checked too: on the same tables with only the small counts hidden, most leak;
   * every figure the brute force works out, the exact recovery works out as well, and both come to
   * the true count.
   */
  @Test
  void withOnlyTheSmallCountsHiddenTheCheckersFindTheTrueCounts() {
    Random random = new Random(17);
    int leaking = 0;
    for (int t = 0; t < TABLES; t++) {
      CountTable table = randomTable(random);
      Set<Position> small = new LinkedHashSet<>();
      table
          .counts()
          .forEach(
              (p, n) -> {
                if (n >= 1 && n <= 4) {
                  small.add(p);
                }
              });
      List<LeakChecker.Leak> leaks = LeakChecker.leaks(table.shape(), table.counts(), small);
      List<Recovery.Finding> found = Recovery.of(table.shape(), table.counts(), small);
      if (!leaks.isEmpty()) {
        leaking++;
      }
      List<Position> recovered = new ArrayList<>();
      for (Recovery.Finding finding : found) {
        assertThat(finding.value()).isEqualTo(table.count(finding.position()));
        recovered.add(finding.position());
      }
      for (LeakChecker.Leak leak : leaks) {
        assertThat(leak.value()).isEqualTo(table.count(leak.position()));
        assertThat(recovered).as(leak.how()).contains(leak.position());
      }
    }
    assertThat(leaking).isGreaterThan(TABLES / 2);
  }

  @Test
  void roundingAndThresholdsChangeWhatIsShownButNeverLeak() {
    Random random = new Random(4);
    Disclosure fives = new Disclosure(new DisclosureSettings(5, 5, RoundingMode.HALF_EVEN, 1));
    Disclosure tens = new Disclosure(new DisclosureSettings(10, 0, RoundingMode.HALF_UP, 1));
    for (int t = 0; t < TABLES / 3; t++) {
      CountTable table = randomTable(random);

      DisclosedTable rounded = fives.disclose(table);
      assertThat(rounded.suppressed()).isEqualTo(disclosure.disclose(table).suppressed());
      for (Cell cell : rounded.cells().values()) {
        assertThat(cell.isSuppressed() || cell.shown() % 5 == 0).isTrue();
      }

      DisclosedTable ten = tens.disclose(table);
      assertThat(Recovery.of(ten)).isEmpty();
      assertThat(LeakChecker.leaks(ten)).isEmpty();
      ten.cells()
          .forEach(
              (p, cell) -> {
                if (!cell.isSuppressed()) {
                  assertThat(cell.shown() == 0 || cell.shown() >= 10).as("%s", p).isTrue();
                }
              });
    }
  }

  /** Counts as small-area breakdowns have them: many zeros, many 1 to 4, some larger. */
  private static CountTable randomTable(Random random) {
    int rows = 2 + random.nextInt(4);
    int columns = 2 + random.nextInt(4);
    int periods = 1 + random.nextInt(3);
    List<String> periodLabels = new ArrayList<>();
    if (periods > 1 || random.nextBoolean()) {
      for (int p = 0; p < periods; p++) {
        periodLabels.add("P" + p);
      }
    }
    List<int[][]> counts = new ArrayList<>();
    for (int p = 0; p < periods; p++) {
      int[][] layer = new int[rows][columns];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          int kind = random.nextInt(10);
          layer[r][c] = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(20);
        }
      }
      counts.add(layer);
    }
    return CountTable.ofPeriods(labels("R", rows), labels("C", columns), periodLabels, counts);
  }

  private static List<String> labels(String prefix, int size) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      labels.add(prefix + i);
    }
    return labels;
  }

  private static Cell primary() {
    return new Cell(null, Reason.PRIMARY);
  }
}
