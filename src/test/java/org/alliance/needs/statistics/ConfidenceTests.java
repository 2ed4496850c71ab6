package org.alliance.needs.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Intervals against values worked by hand from the formulas (to 3 decimal places). */
class ConfidenceTests {

  @Test
  void byarsIntervalForARate() {
    // 50 events among 100,000: 50 per 100,000, 95% CI 37.108 to 65.920.
    Interval rate = Confidence.byar(50, 100_000, 100_000, Confidence.Z95);
    assertThat(rate.value()).isEqualTo(50.0);
    assertThat(rate.lower()).isCloseTo(37.108, within(0.001));
    assertThat(rate.upper()).isCloseTo(65.920, within(0.001));
    assertThat(rate.method()).isEqualTo("Byar's method");
    assertThat(rate.shown(1)).isEqualTo("50.0 (37.1 to 65.9)");
  }

  @Test
  void byarsIntervalAtTheSecondLevelAndForSmallCounts() {
    // Cheltenham's 800 admissions per 100,000 at 99.8%: 715.430 to 891.323.
    Interval admissions = Confidence.byar(800, 100_000, 100_000, Confidence.Z998);
    assertThat(admissions.lower()).isCloseTo(715.430, within(0.001));
    assertThat(admissions.upper()).isCloseTo(891.323, within(0.001));
    // 5 among 2,000: 250 per 100,000, 80.567 to 583.408.
    Interval small = Confidence.byar(5, 2_000, 100_000, Confidence.Z95);
    assertThat(small.lower()).isCloseTo(80.567, within(0.001));
    assertThat(small.upper()).isCloseTo(583.408, within(0.001));
    // None among 100,000: 0, 0 to 3.668.
    Interval none = Confidence.byar(0, 100_000, 100_000, Confidence.Z95);
    assertThat(none.lower()).isZero();
    assertThat(none.upper()).isCloseTo(3.668, within(0.001));
  }

  @Test
  void wilsonsIntervalForAProportion() {
    // 30 of 100: 30%, 21.895% to 39.585%.
    Interval share = Confidence.wilson(30, 100, Confidence.Z95);
    assertThat(share.value()).isEqualTo(30.0);
    assertThat(share.lower()).isCloseTo(21.895, within(0.001));
    assertThat(share.upper()).isCloseTo(39.585, within(0.001));
    // 0 of 10 and 10 of 10 stay inside 0 to 100.
    assertThat(Confidence.wilson(0, 10, Confidence.Z95).lower()).isCloseTo(0, within(1e-9));
    assertThat(Confidence.wilson(10, 10, Confidence.Z95).upper()).isCloseTo(100, within(1e-9));
  }

  @Test
  void nonsenseIsRefusedNotComputed() {
    assertThatThrownBy(() -> Confidence.byar(-1, 100, 100_000, Confidence.Z95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Confidence.byar(1, 0, 100_000, Confidence.Z95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Confidence.wilson(11, 10, Confidence.Z95))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparisonBands() {
    Interval area = new Interval(800, 715, 891, "Byar's method");
    assertThat(Comparison.of(area, 639.0)).isEqualTo(Comparison.HIGHER);
    assertThat(Comparison.of(area, 800.0)).isEqualTo(Comparison.SIMILAR);
    assertThat(Comparison.of(area, 891.0)).isEqualTo(Comparison.SIMILAR);
    assertThat(Comparison.of(area, 950.0)).isEqualTo(Comparison.LOWER);
    assertThat(Comparison.of(area, null)).isEqualTo(Comparison.NOT_COMPARED);
    assertThat(Comparison.of(null, 1.0)).isEqualTo(Comparison.NOT_COMPARED);
  }
}
