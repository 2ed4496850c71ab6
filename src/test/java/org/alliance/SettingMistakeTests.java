package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.outcomes.dashboard.RagSettings;
import org.alliance.outcomes.disclosure.DisclosureSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * A setting that cannot be used stops start-up, and the command says so in one line naming the
 * setting, not with a stack trace. A bare context with only the settings, so it takes a moment.
 */
class SettingMistakeTests {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(DisclosureSettings.class)
  static class Settings {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Settings.class);

  @Test
  void aSettingThatChecksItselfSaysWhatItMustBe() {
    context
        .withPropertyValues("alliance.outcomes.disclosure.threshold=1")
        .run(
            started ->
                assertThat(CommandErrors.userMistake(started.getStartupFailure()))
                    .contains(
                        "alliance.outcomes.disclosure.threshold must be 2 or more (5 suppresses"
                            + " counts of 1 to 4), not 1"));
  }

  @Test
  void aValueSpringCannotConvertIsNamedWithWhatItMustBe() {
    context
        .withPropertyValues("alliance.outcomes.disclosure.rounding-mode=sideways")
        .run(
            started ->
                assertThat(CommandErrors.userMistake(started.getStartupFailure()))
                    .contains(
                        "The setting alliance.outcomes.disclosure.rounding-mode cannot be"
                            + " \"sideways\": it must be one of UP, DOWN, CEILING, FLOOR, HALF_UP,"
                            + " HALF_DOWN, HALF_EVEN, UNNECESSARY."));
    context
        .withPropertyValues("alliance.outcomes.disclosure.round-to=five")
        .run(
            started ->
                assertThat(CommandErrors.userMistake(started.getStartupFailure()))
                    .contains(
                        "The setting alliance.outcomes.disclosure.round-to cannot be \"five\": it"
                            + " must be a number."));
  }

  /** A setting a bean reads with @Value and checks itself: its message is the line. */
  @Test
  void aSettingABeanChecksIsOneLineToo() {
    new ApplicationContextRunner()
        .withBean(
            "ocds",
            IllegalStateException.class,
            () -> {
              throw new IllegalStateException(
                  "alliance.commissioning.ocds.license must be the licence's web address");
            })
        .run(
            started ->
                assertThat(CommandErrors.userMistake(started.getStartupFailure()))
                    .contains(
                        "alliance.commissioning.ocds.license must be the licence's web address"));
    assertThat(CommandErrors.userMistake(new IllegalStateException("a bug somewhere"))).isEmpty();
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(RagSettings.class)
  static class DashboardSettings {}

  @Test
  void theDashboardsAmberBandSaysWhatItMustBe() {
    ApplicationContextRunner dashboards =
        new ApplicationContextRunner().withUserConfiguration(DashboardSettings.class);
    dashboards
        .withPropertyValues("alliance.outcomes.rag.amber-band=150")
        .run(
            started ->
                assertThat(CommandErrors.userMistake(started.getStartupFailure()))
                    .contains(
                        "alliance.outcomes.rag.amber-band must be a percentage of the target from 0"
                            + " to 100, not 150"));
    dashboards
        .withPropertyValues("alliance.outcomes.rag.amber-band=a little")
        .run(
            started ->
                assertThat(CommandErrors.userMistake(started.getStartupFailure()))
                    .contains(
                        "The setting alliance.outcomes.rag.amber-band cannot be \"a little\": it"
                            + " must be a number."));
  }

  @Test
  void goodSettingsStart() {
    context
        .withPropertyValues("alliance.outcomes.disclosure.round-to=5")
        .run(
            started ->
                assertThat(started.getBean(DisclosureSettings.class).roundTo()).isEqualTo(5));
  }
}
