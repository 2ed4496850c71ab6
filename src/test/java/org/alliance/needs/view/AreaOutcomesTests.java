package org.alliance.needs.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.alliance.AllianceTest;
import org.alliance.areas.AreaTree;
import org.alliance.areas.Areas;
import org.alliance.needs.statistics.Comparison;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.Figures;
import org.alliance.outcomes.indicator.Indicators;
import org.alliance.outcomes.indicator.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Results beside need, on the demo: an area's result is the sum of the figures the outcomes
 * dashboard shows everyone by postcode district, withheld exactly when one of them is suppressed; a
 * ward is given its town's; an area with no postcode district says so.
 */
@AllianceTest
class AreaOutcomesTests {

  @Autowired AreaOutcomes outcomes;
  @Autowired Areas areas;
  @Autowired Indicators indicators;
  @Autowired org.alliance.support.Tallies tallies;

  /**
   * Figures are kept by the tallies' version, which moves when months marked stale (by any test's
   * records) are counted again in the background: count them now, so the page's figures and the
   * ones this test reads are the same.
   */
  @org.junit.jupiter.api.BeforeEach
  void settle() {
    tallies.refreshNow();
  }

  @Test
  void aTownAddsUpItsDistrictsShownFiguresOrIsWithheld() {
    AreaTree tree = areas.tree();
    AreaOutcomes.Results town = outcomes.of(tree, tree.byCode("X99000001").orElseThrow());
    assertThat(town.place().name()).isEqualTo("Brackenford");
    assertThat(town.districts()).containsExactly("BK1", "BK2", "BK3", "BK4", "BK5", "BK6", "BK7");
    assertThat(town.results()).isNotEmpty();
    town.results().forEach(result -> assertWorkedOutFromShownFigures(town, result));
    assertThat(town.results().get(0).outcome().months()).endsWith(" to " + monthName(to()));
  }

  @Test
  void theCountyIsEveryoneLessThoseWithNoPostcodeWhenAVillagesFigureIsSmall() {
    AreaTree tree = areas.tree();
    AreaOutcomes.Results county = outcomes.of(tree, tree.byCode("X10000001").orElseThrow());
    county.results().forEach(result -> assertWorkedOutFromShownFigures(county, result));
    // Every demo indicator counts enough people across the county to be shown for it.
    assertThat(county.results())
        .filteredOn(result -> result.outcome().alliancePercent() != null)
        .allSatisfy(result -> assertThat(result.outcome().withheld()).isFalse());
  }

  /**
   * The place's figure is its districts' shown figures added up; or, when one of them is
   * suppressed, everyone's less every other group's (other districts and no postcode recorded),
   * when those are all shown; otherwise withheld.
   */
  private void assertWorkedOutFromShownFigures(
      AreaOutcomes.Results place, AreaOutcomes.Result result) {
    String code = result.outcome().code();
    Figures figures =
        indicators
            .figures(code, to().minusMonths(11), to(), Period.YEAR, Breakdown.AREA)
            .orElseThrow();
    // All twelve months together: a line of its own but in January, when they are one year.
    boolean severalYears = figures.lines().stream().anyMatch(line -> line.period() == null);
    List<Figures.Line> whole =
        figures.lines().stream().filter(line -> !severalYears || line.period() == null).toList();
    List<Figures.Line> here =
        whole.stream()
            .filter(line -> line.group() != null && place.districts().contains(line.group()))
            .toList();
    List<Figures.Line> elsewhere =
        whole.stream()
            .filter(line -> line.group() != null && !place.districts().contains(line.group()))
            .toList();
    Figures.Line everyone =
        whole.stream()
            .filter(line -> line.group() == null || whole.size() == 1)
            .findFirst()
            .orElseThrow();
    Integer numerator = expected(here, elsewhere, everyone, Figures.Line::numerator);
    Integer denominator = expected(here, elsewhere, everyone, Figures.Line::denominator);
    boolean withheld = numerator == null || denominator == null;
    assertThat(result.outcome().withheld())
        .as(code + ": here " + here + ", elsewhere " + elsewhere + ", everyone " + everyone)
        .isEqualTo(withheld);
    if (withheld) {
      assertThat(result.outcome().numerator()).as(code).isNull();
      assertThat(result.interval()).as(code).isNull();
      assertThat(result.shown()).isEqualTo("Withheld: a small number");
    } else {
      assertThat(result.outcome().numerator()).as(code).isEqualTo(numerator);
      assertThat(result.outcome().denominator()).as(code).isEqualTo(denominator);
    }
  }

  private static Integer expected(
      List<Figures.Line> here,
      List<Figures.Line> elsewhere,
      Figures.Line everyone,
      java.util.function.Function<Figures.Line, Cell> figure) {
    if (here.stream().map(figure).noneMatch(Cell::isSuppressed)) {
      return here.stream().map(figure).mapToInt(Cell::shown).sum();
    }
    if (figure.apply(everyone).isSuppressed()
        || elsewhere.stream().map(figure).anyMatch(Cell::isSuppressed)) {
      return null;
    }
    return figure.apply(everyone).shown()
        - elsewhere.stream().map(figure).mapToInt(Cell::shown).sum();
  }

  private static YearMonth to() {
    return YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
  }

  @Test
  void aWardIsGivenItsTownsResultsAndTheCountyEveryDistrict() {
    AreaTree tree = areas.tree();
    AreaOutcomes.Results ward = outcomes.of(tree, tree.byCode("X05000002").orElseThrow());
    assertThat(ward.place().code()).isEqualTo("X99000001");
    AreaOutcomes.Results county = outcomes.of(tree, tree.byCode("X10000001").orElseThrow());
    assertThat(county.districts()).hasSize(12).contains("BK11", "BK12");
    AreaOutcomes.Results villages = outcomes.of(tree, tree.byCode("X07000002").orElseThrow());
    assertThat(villages.districts()).containsExactly("BK10", "BK11", "BK12", "BK8", "BK9");
  }

  @Test
  void aResultReadsAsItsPercentageIntervalAndCounts() {
    org.alliance.outcomes.PlaceOutcomes.PlaceOutcome outcome =
        new org.alliance.outcomes.PlaceOutcomes.PlaceOutcome(
            "did-not-attend-rate",
            "Did-not-attend rate",
            "lower",
            "December 2025 to November 2026",
            447,
            2865,
            new java.math.BigDecimal("15.6"),
            new java.math.BigDecimal("15.6"),
            false);
    AreaOutcomes.Result result =
        new AreaOutcomes.Result(
            outcome,
            org.alliance.needs.statistics.Confidence.wilson(
                447, 2865, org.alliance.needs.statistics.Confidence.Z95),
            AreaOutcomes.Against.SIMILAR);
    assertThat(result.shown()).isEqualTo("15.6% (14.3% to 17.0%), 447 of 2,865");
    org.alliance.outcomes.PlaceOutcomes.PlaceOutcome rounded =
        new org.alliance.outcomes.PlaceOutcomes.PlaceOutcome(
            "did-not-attend-rate",
            "Did-not-attend rate",
            "lower",
            "December 2025 to November 2026",
            10,
            5,
            new java.math.BigDecimal("200.0"),
            null,
            false);
    assertThat(new AreaOutcomes.Result(rounded, null, AreaOutcomes.Against.NOT_COMPARED).shown())
        .isEqualTo("200.0%, 10 of 5 (rounded figures: no interval)");
    assertThat(
            new AreaOutcomes.Result(
                    new org.alliance.outcomes.PlaceOutcomes.PlaceOutcome(
                        "x", "X", "higher", "m", 0, 0, null, null, false),
                    null,
                    AreaOutcomes.Against.NOT_COMPARED)
                .shown())
        .isEqualTo("No one counted");
  }

  @Test
  void betterAndWorseFollowTheIndicatorsDirection() {
    assertThat(AreaOutcomes.Against.of(Comparison.HIGHER, "higher"))
        .isEqualTo(AreaOutcomes.Against.BETTER);
    assertThat(AreaOutcomes.Against.of(Comparison.HIGHER, "lower"))
        .isEqualTo(AreaOutcomes.Against.WORSE);
    assertThat(AreaOutcomes.Against.of(Comparison.LOWER, "lower"))
        .isEqualTo(AreaOutcomes.Against.BETTER);
    assertThat(AreaOutcomes.Against.of(Comparison.LOWER, "higher"))
        .isEqualTo(AreaOutcomes.Against.WORSE);
    assertThat(AreaOutcomes.Against.of(Comparison.SIMILAR, "lower"))
        .isEqualTo(AreaOutcomes.Against.SIMILAR);
  }

  private static String monthName(YearMonth month) {
    return month.format(
        java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
  }
}
