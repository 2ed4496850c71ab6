package org.alliance.outcomes.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.outcomes.evaluation.TargetCheck.Verdict;
import org.alliance.outcomes.indicator.IndicatorDefinition;
import org.alliance.outcomes.indicator.Period;
import org.junit.jupiter.api.Test;

/** The met / not met rule, with no Spring. */
class TargetCheckTests {

  private static IndicatorDefinition indicator(String target, String better) {
    return new IndicatorDefinition(
        "x",
        1,
        "An indicator",
        "What it counts",
        "numerator",
        "denominator",
        Period.MONTH,
        target == null ? null : new BigDecimal(target),
        better,
        null,
        LocalDate.of(2025, 1, 1),
        "did-not-attend",
        null);
  }

  private static Rate shown(String percent) {
    return new Rate(new BigDecimal(percent), Rate.Status.SHOWN);
  }

  @Test
  void lowerIsBetterIsMetAtOrBelowTheTarget() {
    IndicatorDefinition dna = indicator("10.000", "lower");
    assertThat(TargetCheck.of(dna, shown("9.9"))).isEqualTo(Verdict.MET);
    assertThat(TargetCheck.of(dna, shown("10.0"))).isEqualTo(Verdict.MET);
    assertThat(TargetCheck.of(dna, shown("10.1"))).isEqualTo(Verdict.NOT_MET);
    assertThat(TargetCheck.targetText(dna)).isEqualTo("At most 10%");
  }

  @Test
  void higherIsBetterIsMetAtOrAboveTheTarget() {
    IndicatorDefinition kept = indicator("80.5", "higher");
    assertThat(TargetCheck.of(kept, shown("80.5"))).isEqualTo(Verdict.MET);
    assertThat(TargetCheck.of(kept, shown("95"))).isEqualTo(Verdict.MET);
    assertThat(TargetCheck.of(kept, shown("80.4"))).isEqualTo(Verdict.NOT_MET);
    assertThat(TargetCheck.targetText(kept)).isEqualTo("At least 80.5%");
  }

  @Test
  void aRateFromRoundedFiguresIsJudgedLikeAnyOther() {
    assertThat(
            TargetCheck.of(
                indicator("10", "lower"),
                new Rate(new BigDecimal("12.5"), Rate.Status.FROM_ROUNDED_FIGURES)))
        .isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void noTargetSaysSoWhateverTheRate() {
    IndicatorDefinition none = indicator(null, "lower");
    assertThat(TargetCheck.of(none, shown("50"))).isEqualTo(Verdict.NO_TARGET);
    assertThat(TargetCheck.of(none, new Rate(null, Rate.Status.SUPPRESSED)))
        .isEqualTo(Verdict.NO_TARGET);
    assertThat(TargetCheck.targetText(none)).isEqualTo("None");
    assertThat(Verdict.NO_TARGET.words()).isEqualTo("No target");
  }

  @Test
  void aSuppressedOrMissingRateCannotBeJudged() {
    IndicatorDefinition dna = indicator("10", "lower");
    assertThat(TargetCheck.of(dna, new Rate(null, Rate.Status.SUPPRESSED)))
        .isEqualTo(Verdict.CANNOT_SAY);
    assertThat(TargetCheck.of(dna, new Rate(null, Rate.Status.NO_DENOMINATOR)))
        .isEqualTo(Verdict.CANNOT_SAY);
    assertThat(Verdict.MET.words()).isEqualTo("Met");
    assertThat(Verdict.NOT_MET.words()).isEqualTo("Not met");
  }
}
