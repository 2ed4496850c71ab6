package org.alliance.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.outcomes.disclosure.Reason;
import org.alliance.outcomes.indicator.Figures.Line;
import org.junit.jupiter.api.Test;

/** Gaps from everyone, in points, with which way is worse; withheld with either rate. */
class GapTests {

  private static Line line(String percent) {
    Rate rate =
        percent == null
            ? new Rate(null, Rate.Status.SUPPRESSED)
            : new Rate(new BigDecimal(percent), Rate.Status.SHOWN);
    return new Line(null, "g", "G", new Cell(1, Reason.SHOWN), new Cell(1, Reason.SHOWN), rate);
  }

  @Test
  void aHigherRateIsWorseWhereLowerIsBetter() {
    Gap gap = Gap.of(line("30.0"), line("21.7"), "lower");
    assertThat(gap.points()).isEqualByComparingTo("8.3");
    assertThat(gap.worse()).isTrue();
    assertThat(gap.words()).isEqualTo("Worse by 8.3 points");
  }

  @Test
  void aHigherRateIsBetterWhereHigherIsBetter() {
    assertThat(Gap.of(line("22.7"), line("21.7"), "higher").words())
        .isEqualTo("Better by 1.0 point");
    assertThat(Gap.of(line("21.7"), line("21.7"), "higher").words())
        .isEqualTo("The same as everyone");
  }

  @Test
  void aWithheldRateWithholdsTheGap() {
    Gap gap = Gap.of(line(null), line("21.7"), "lower");
    assertThat(gap.points()).isNull();
    assertThat(gap.worse()).isFalse();
    assertThat(gap.words()).startsWith("Gap withheld");
  }
}
