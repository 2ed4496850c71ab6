package org.alliance.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.alliance.outcomes.dashboard.Rag.Status;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The one red/amber/green rule, with the amber band a setting. No Spring context. */
class RagTests {

  private final Rag rag = new Rag(new RagSettings(BigDecimal.TEN));

  private static BigDecimal p(String percent) {
    return new BigDecimal(percent);
  }

  @Test
  void whenLowerIsBetterOnOrUnderTheTargetIsGreenAndWithinTheBandAmber() {
    // Target 20%, band 10% of it: 2 points. 20 and under green; over 20 up to 22 amber; over 22
    // red.
    assertThat(rag.of(p("12.5"), p("20"), "lower")).isEqualTo(Status.GREEN);
    assertThat(rag.of(p("20.0"), p("20"), "lower")).isEqualTo(Status.GREEN);
    assertThat(rag.of(p("20.1"), p("20"), "lower")).isEqualTo(Status.AMBER);
    assertThat(rag.of(p("22.0"), p("20"), "lower")).isEqualTo(Status.AMBER);
    assertThat(rag.of(p("22.1"), p("20"), "lower")).isEqualTo(Status.RED);
  }

  @Test
  void whenHigherIsBetterOnOrOverTheTargetIsGreenAndWithinTheBandAmber() {
    // Target 60%, band 6 points: 60 and over green; 54 to under 60 amber; under 54 red.
    assertThat(rag.of(p("75"), p("60"), "higher")).isEqualTo(Status.GREEN);
    assertThat(rag.of(p("60"), p("60"), "higher")).isEqualTo(Status.GREEN);
    assertThat(rag.of(p("59.9"), p("60"), "higher")).isEqualTo(Status.AMBER);
    assertThat(rag.of(p("54"), p("60"), "higher")).isEqualTo(Status.AMBER);
    assertThat(rag.of(p("53.9"), p("60"), "higher")).isEqualTo(Status.RED);
  }

  @Test
  void noTargetIsNotJudgedAndNeitherIsAWithheldFigure() {
    assertThat(rag.of(p("30"), null, "lower")).isEqualTo(Status.NO_TARGET);
    assertThat(rag.of(null, null, "lower")).isEqualTo(Status.NO_TARGET);
    assertThat(rag.of(null, p("20"), "lower")).isEqualTo(Status.NO_FIGURE);
    assertThat(Status.NO_TARGET.label()).isEqualTo("No target");
  }

  @Test
  void theBandIsASettingAndZeroMeansNoAmber() {
    Rag strict = new Rag(new RagSettings(BigDecimal.ZERO));
    assertThat(strict.of(p("20.1"), p("20"), "lower")).isEqualTo(Status.RED);
    Rag wide = new Rag(new RagSettings(BigDecimal.valueOf(50)));
    assertThat(wide.of(p("30"), p("20"), "lower")).isEqualTo(Status.AMBER);
    assertThat(wide.of(p("30.1"), p("20"), "lower")).isEqualTo(Status.RED);
  }

  @Test
  void everyStatusHasWordsAndATagSoColourIsNeverAlone() {
    for (Status status : Status.values()) {
      assertThat(status.label()).isNotBlank();
      assertThat(status.tagClass()).startsWith("govuk-tag--");
    }
    assertThat(rag.explanation()).contains("10% of the target");
  }

  @Test
  void theSettingBindsWithItsDefaultAndRefusesWhatCannotBeUsed() {
    assertThat(bind(Map.of())).isEqualTo(RagSettings.DEFAULT);
    assertThat(bind(Map.of("alliance.outcomes.rag.amber-band", "12.5")).amberBand())
        .isEqualByComparingTo("12.5");
    assertThatThrownBy(() -> bind(Map.of("alliance.outcomes.rag.amber-band", "-1")))
        .hasRootCauseMessage(
            "alliance.outcomes.rag.amber-band must be a percentage of the target from 0 to 100,"
                + " not -1");
    assertThatThrownBy(() -> new RagSettings(BigDecimal.valueOf(101)))
        .hasMessageContaining("alliance.outcomes.rag.amber-band");
  }

  private static RagSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("alliance.outcomes.rag", RagSettings.class);
  }
}
