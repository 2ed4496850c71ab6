package org.alliance.outcomes.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alliance.outcomes.PlaceOutcomes;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.outcomes.indicator.Figures.Line;
import org.springframework.stereotype.Component;

/**
 * {@link PlaceOutcomes} from the same disclosed figures by postcode district the dashboard shows
 * everyone: a place's figure is the sum of its districts' shown figures, so it tells no more than
 * they do, and is withheld when any of them is suppressed.
 */
@Component
class IndicatorsByPlace implements PlaceOutcomes {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final Indicators indicators;
  private final IndicatorDefinitions definitions;
  private final Disclosure disclosure;

  IndicatorsByPlace(
      Indicators indicators, IndicatorDefinitions definitions, Disclosure disclosure) {
    this.indicators = indicators;
    this.definitions = definitions;
    this.disclosure = disclosure;
  }

  @Override
  public List<PlaceOutcome> in(Collection<String> postcodeDistricts) {
    Set<String> districts = Set.copyOf(postcodeDistricts);
    YearMonth to = YearMonth.now(UK).minusMonths(1);
    YearMonth from = to.minusMonths(11);
    String months = MONTH.format(from) + " to " + MONTH.format(to);
    List<PlaceOutcome> outcomes = new ArrayList<>();
    for (IndicatorDefinition definition : definitions.inForce(LocalDate.now(UK))) {
      indicators
          .figures(definition.code(), from, to, Period.YEAR, Breakdown.AREA)
          .ifPresent(figures -> outcomes.add(outcome(definition, figures, districts, months)));
    }
    return outcomes;
  }

  private PlaceOutcome outcome(
      IndicatorDefinition definition, Figures figures, Set<String> districts, String months) {
    // Twelve months span two calendar years but for a January: then there is no all-periods line.
    boolean severalPeriods = figures.lines().stream().anyMatch(line -> line.period() == null);
    List<Line> whole =
        figures.lines().stream().filter(line -> !severalPeriods || line.period() == null).toList();
    List<Line> here =
        whole.stream()
            .filter(line -> line.group() != null && districts.contains(line.group()))
            .toList();
    Cell numerator = Cell.sumOf(here.stream().map(Line::numerator).toList());
    Cell denominator = Cell.sumOf(here.stream().map(Line::denominator).toList());
    Rate rate = disclosure.rate(numerator, denominator);
    // A table of one group has no total line: that group is everyone.
    Rate alliance =
        whole.stream()
            .filter(line -> line.group() == null || whole.size() == 1)
            .map(Line::rate)
            .findFirst()
            .orElse(new Rate(null, Rate.Status.NO_DENOMINATOR));
    boolean withheld = numerator.isSuppressed() || denominator.isSuppressed();
    return new PlaceOutcome(
        definition.code(),
        definition.name(),
        definition.better(),
        months,
        withheld ? null : numerator.shown(),
        withheld ? null : denominator.shown(),
        rate.percent(),
        alliance.percent(),
        withheld);
  }
}
