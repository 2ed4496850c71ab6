package org.alliance.outcomes.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.commissioning.BudgetAgainstSpend;
import org.alliance.organisation.Organisations;
import org.alliance.outcomes.cohort.Cohorts;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.Figures;
import org.alliance.outcomes.indicator.IndicatorDefinition;
import org.alliance.outcomes.indicator.IndicatorDefinitions;
import org.alliance.outcomes.indicator.Indicators;
import org.alliance.outcomes.indicator.Period;
import org.alliance.support.PeopleReached;
import org.alliance.support.SharedWords;
import org.springframework.stereotype.Service;

/** Puts the report together from commissioning's, support's and the indicators' public APIs. */
@Service
class PilotEvaluations {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final BudgetAgainstSpend budgets;
  private final PeopleReached reached;
  private final SharedWords words;
  private final Indicators indicators;
  private final IndicatorDefinitions definitions;
  private final Organisations organisations;
  private final Disclosure disclosure;
  private final Cohorts cohorts;

  PilotEvaluations(
      BudgetAgainstSpend budgets,
      PeopleReached reached,
      SharedWords words,
      Indicators indicators,
      IndicatorDefinitions definitions,
      Organisations organisations,
      Disclosure outcomesDisclosure,
      Cohorts cohorts) {
    this.budgets = budgets;
    this.reached = reached;
    this.words = words;
    this.indicators = indicators;
    this.definitions = definitions;
    this.organisations = organisations;
    this.disclosure = outcomesDisclosure;
    this.cohorts = cohorts;
  }

  EvaluationReport report(ReportRange range) {
    BudgetAgainstSpend.Statement budget = budgets.between(range.from(), range.to());
    PeopleReachedTable people =
        PeopleReachedTable.of(reached.between(range.from(), range.to()), this::member, disclosure);
    List<EvaluationReport.Quote> quotes = new ArrayList<>();
    for (SharedWords.Quote quote : words.writtenBetween(range.from(), range.to())) {
      quotes.add(
          new EvaluationReport.Quote(
              quote.words(),
              quote.memberId() == null ? "The alliance" : member(quote.memberId()),
              ReportRange.monthLabel(quote.month())));
    }
    return new EvaluationReport(
        range,
        Instant.now(Clock.system(UK)),
        budget,
        SpendChart.of(budget),
        people,
        indicatorResults(range),
        cohorts.shownAfterWithin(range.from().atDay(1), range.to().atEndOfMonth()),
        List.copyOf(quotes));
  }

  /** Each indicator in force at the period's end (or today, if sooner), over the whole period. */
  private List<EvaluationReport.IndicatorResult> indicatorResults(ReportRange range) {
    LocalDate today = LocalDate.now(UK);
    LocalDate asOf = range.to().atEndOfMonth().isAfter(today) ? today : range.to().atEndOfMonth();
    List<EvaluationReport.IndicatorResult> results = new ArrayList<>();
    for (IndicatorDefinition definition : definitions.inForce(asOf)) {
      Optional<Figures> figures =
          indicators.figures(
              definition.code(), range.from(), range.to(), Period.MONTH, Breakdown.NONE);
      if (figures.isEmpty()) {
        continue;
      }
      List<Figures.Line> everyone =
          figures.get().lines().stream().filter(l -> l.group() == null).toList();
      List<Figures.Line> months = everyone.stream().filter(l -> l.period() != null).toList();
      // With one month there is no "all periods" line: that month is the whole period.
      Figures.Line whole =
          everyone.stream()
              .filter(l -> l.period() == null)
              .findFirst()
              .orElse(months.isEmpty() ? null : months.get(0));
      if (whole == null) {
        continue;
      }
      results.add(
          new EvaluationReport.IndicatorResult(
              figures.get().definition(),
              whole,
              TargetCheck.of(figures.get().definition(), whole.rate()),
              months));
    }
    return List.copyOf(results);
  }

  private String member(UUID id) {
    return organisations.name(id).orElse("A former member");
  }
}
