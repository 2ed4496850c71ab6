package org.alliance.outcomes.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The settings bind as Spring binds them at start (relaxed names and values, defaults), and a
 * setting that cannot be used is refused with a message naming it. No Spring context: the binder
 * alone.
 */
class DisclosureSettingsTests {

  @Test
  void withNothingSetTheRuleIsTheUsualUkOne() {
    assertThat(bind(Map.of())).isEqualTo(DisclosureSettings.DEFAULT);
    assertThat(DisclosureSettings.DEFAULT.threshold()).isEqualTo(5);
    assertThat(DisclosureSettings.DEFAULT.rounds()).isFalse();
  }

  @Test
  void eachSettingIsRead() {
    DisclosureSettings settings =
        bind(
            Map.of(
                "alliance.outcomes.disclosure.threshold", "10",
                "alliance.outcomes.disclosure.round-to", "5",
                "alliance.outcomes.disclosure.rounding-mode", "half-even",
                "alliance.outcomes.disclosure.rate-decimals", "2"));

    assertThat(settings).isEqualTo(new DisclosureSettings(10, 5, RoundingMode.HALF_EVEN, 2));
    assertThat(settings.rounds()).isTrue();
  }

  @Test
  void aSettingThatCannotBeUsedIsRefusedByName() {
    assertRefused("threshold", "1", "alliance.outcomes.disclosure.threshold must be 2 or more");
    assertRefused("round-to", "-5", "alliance.outcomes.disclosure.round-to must be 0");
    assertRefused(
        "rounding-mode", "UNNECESSARY", "alliance.outcomes.disclosure.rounding-mode must be");
    assertRefused("rate-decimals", "7", "alliance.outcomes.disclosure.rate-decimals must be from");
  }

  @Test
  void aValueOfTheWrongKindIsRefusedByName() {
    assertThatThrownBy(() -> bind(Map.of("alliance.outcomes.disclosure.rounding-mode", "SIDEWAYS")))
        .isInstanceOf(BindException.class)
        .satisfies(
            e -> {
              assertThat(((BindException) e).getProperty().getName().toString())
                  .isEqualTo("alliance.outcomes.disclosure.rounding-mode");
            });
  }

  private static void assertRefused(String name, String value, String message) {
    assertThatThrownBy(() -> bind(Map.of("alliance.outcomes.disclosure." + name, value)))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageStartingWith(message);
  }

  private static DisclosureSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("alliance.outcomes.disclosure", DisclosureSettings.class);
  }
}
