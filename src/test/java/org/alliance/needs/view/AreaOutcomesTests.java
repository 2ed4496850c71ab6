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

  @Test
  void aPlaceAddsUpItsDistrictsShownFiguresOrIsWithheld() {
    AreaTree tree = areas.tree();
    AreaOutcomes.Results town = outcomes.of(tree, tree.byCode("X99000001").orElseThrow());
    assertThat(town.place().name()).isEqualTo("Brackenford");
    assertThat(town.districts()).containsExactly("BK1", "BK2", "BK3", "BK4", "BK5", "BK6", "BK7");
    assertThat(town.results()).isNotEmpty();
    YearMonth to = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
    for (AreaOutcomes.Result result : town.results()) {
      Figures figures =
          indicators
              .figures(result.outcome().code(), to.minusMonths(11), to, Period.YEAR, Breakdown.AREA)
              .orElseThrow();
      // All twelve months together: a line of its own but in January, when they are one year.
      boolean severalYears = figures.lines().stream().anyMatch(line -> line.period() == null);
      List<Figures.Line> whole =
          figures.lines().stream().filter(line -> !severalYears || line.period() == null).toList();
      List<Figures.Line> here =
          whole.stream()
              .filter(line -> line.group() != null && town.districts().contains(line.group()))
              .toList();
      boolean anySuppressed =
          here.stream()
              .anyMatch(
                  line -> line.numerator().isSuppressed() || line.denominator().isSuppressed());
      assertThat(result.outcome().withheld()).as(result.outcome().code()).isEqualTo(anySuppressed);
      if (!anySuppressed) {
        assertThat(result.outcome().numerator())
            .isEqualTo(here.stream().mapToInt(line -> line.numerator().shown()).sum());
        assertThat(result.outcome().denominator())
            .isEqualTo(here.stream().mapToInt(line -> line.denominator().shown()).sum());
      } else {
        assertThat(result.outcome().numerator()).isNull();
        assertThat(result.interval()).isNull();
        assertThat(result.shown()).isEqualTo("Withheld: a small number");
      }
      Cell allianceDenominator =
          whole.stream()
              .filter(line -> line.group() == null || whole.size() == 1)
              .findFirst()
              .orElseThrow()
              .denominator();
      if (!allianceDenominator.isSuppressed() && !anySuppressed) {
        assertThat(result.outcome().denominator()).isLessThanOrEqualTo(allianceDenominator.shown());
      }
    }
    assertThat(town.results().get(0).outcome().months()).endsWith(" to " + monthName(to));
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
