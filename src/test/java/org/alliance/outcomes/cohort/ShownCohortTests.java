package org.alliance.outcomes.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.disclosure.DisclosureSettings;
import org.junit.jupiter.api.Test;

/** The disclosure rule for a cohort's figures, against hand-worked figures. */
class ShownCohortTests {

  private static final Disclosure USUAL = new Disclosure(DisclosureSettings.DEFAULT);

  private static Cohort cohort(int people, CohortFigure... figures) {
    return new Cohort(
        UUID.randomUUID(),
        "Test",
        "",
        people,
        new Span(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
        new Span(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
        "Test",
        List.of(figures),
        1,
        Instant.EPOCH,
        "Test");
  }

  @Test
  void aChangeIsAfterLessBeforeAsAShareOfBefore() {
    ShownCohort shown =
        ShownCohort.of(
            cohort(42, new CohortFigure(CohortMeasure.HOSPITAL_ADMISSIONS, 96, 54)), USUAL);
    ShownCohort.Shown admissions = shown.figures().get(0);
    // (54 - 96) / 96 = -43.75%, to one place half up: -43.8%.
    assertThat(admissions.change().text()).isEqualTo("-43.8%");
    assertThat(admissions.change().direction()).isEqualTo("fewer");
    assertThat(admissions.beforeText()).isEqualTo("96");
    assertThat(shown.peopleText()).isEqualTo("42");
    assertThat(
            ShownCohort.of(cohort(42, new CohortFigure(CohortMeasure.ARRESTS, 8, 10)), USUAL)
                .figures()
                .get(0)
                .change()
                .text())
        .isEqualTo("+25.0%");
  }

  @Test
  void aSmallFigureAndEveryChangeMadeFromItAreSuppressed() {
    ShownCohort shown =
        ShownCohort.of(
            cohort(
                42,
                new CohortFigure(CohortMeasure.BED_DAYS, 4, 20),
                new CohortFigure(CohortMeasure.AMBULANCE_CALL_OUTS, 0, 12),
                new CohortFigure(CohortMeasure.ARRESTS, 9, 3)),
            USUAL);
    ShownCohort.Shown arrests = shown.figures().get(2);
    assertThat(arrests.measure()).isEqualTo(CohortMeasure.ARRESTS);
    assertThat(arrests.before().shown()).isEqualTo(9);
    assertThat(arrests.after().isSuppressed()).isTrue();
    assertThat(arrests.change().status()).isEqualTo(ShownCohort.Change.Status.SUPPRESSED);
    assertThat(arrests.change().percent()).isNull();
    ShownCohort.Shown bedDays = shown.figures().get(0);
    assertThat(bedDays.before().isSuppressed()).isTrue();
    assertThat(bedDays.change().status()).isEqualTo(ShownCohort.Change.Status.SUPPRESSED);
    ShownCohort.Shown callOuts = shown.figures().get(1);
    assertThat(callOuts.before().shown()).isZero();
    assertThat(callOuts.change().text()).isEqualTo("None before");
    assertThat(shown.suppressedFigures()).isEqualTo(2);
  }

  @Test
  void aCohortOfFewerThanFivePeopleShowsNothing() {
    ShownCohort shown =
        ShownCohort.of(
            cohort(4, new CohortFigure(CohortMeasure.HOSPITAL_ADMISSIONS, 400, 200)), USUAL);
    assertThat(shown.tooFew()).isTrue();
    assertThat(shown.people().isSuppressed()).isTrue();
    assertThat(shown.figures().get(0).before().isSuppressed()).isTrue();
    assertThat(shown.figures().get(0).after().isSuppressed()).isTrue();
    assertThat(shown.figures().get(0).change().status())
        .isEqualTo(ShownCohort.Change.Status.SUPPRESSED);
    assertThat(ShownCohort.of(cohort(5), USUAL).tooFew()).isFalse();
  }

  @Test
  void withRoundingTheChangeIsMadeFromTheRoundedFigures() {
    Disclosure rounding = new Disclosure(new DisclosureSettings(5, 5, RoundingMode.HALF_UP, 1));
    ShownCohort.Shown figure =
        ShownCohort.of(cohort(42, new CohortFigure(CohortMeasure.BED_DAYS, 102, 57)), rounding)
            .figures()
            .get(0);
    assertThat(figure.before().shown()).isEqualTo(100);
    assertThat(figure.after().shown()).isEqualTo(55);
    assertThat(figure.before().status()).isEqualTo("rounded");
    // (55 - 100) / 100, not (57 - 102) / 102 = -44.1%, which would say more than the figures.
    assertThat(figure.change().text()).isEqualTo("-45.0%");
  }
}
