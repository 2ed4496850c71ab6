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
import java.util.function.Function;
import org.alliance.outcomes.PlaceOutcomes;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.outcomes.indicator.Figures.Line;
import org.springframework.stereotype.Component;

/**
 * {@link PlaceOutcomes} from the same disclosed figures by postcode district the dashboard shows
 * everyone: a place's figure is worked out from shown figures only (see {@link #inPlace}), so it
 * tells no more than they do, and is withheld when it cannot be.
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
    List<Line> elsewhere =
        whole.stream()
            .filter(line -> line.group() != null && !districts.contains(line.group()))
            .toList();
    // A table of one group has no total line: that group is everyone.
    Line everyone =
        whole.stream()
            .filter(line -> line.group() == null || whole.size() == 1)
            .findFirst()
            .orElse(null);
    Cell numerator = inPlace(here, elsewhere, everyone, Line::numerator);
    Cell denominator = inPlace(here, elsewhere, everyone, Line::denominator);
    Rate rate = disclosure.rate(numerator, denominator);
    Rate alliance = everyone == null ? new Rate(null, Rate.Status.NO_DENOMINATOR) : everyone.rate();
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

  /**
   * The place's figure from shown figures only: the sum of its districts', or, where one of those
   * is suppressed, everyone's less the sum of every other district's and of those with no postcode
   * recorded (as a large place such as a county is). Either way it tells no more than the figures
   * by district already shown to everyone; suppressed when neither can be made.
   */
  private static Cell inPlace(
      List<Line> here, List<Line> elsewhere, Line everyone, Function<Line, Cell> figure) {
    Cell sum = Cell.sumOf(here.stream().map(figure).toList());
    if (!sum.isSuppressed() || everyone == null) {
      return sum;
    }
    return Cell.difference(
        figure.apply(everyone), Cell.sumOf(elsewhere.stream().map(figure).toList()));
  }
}
