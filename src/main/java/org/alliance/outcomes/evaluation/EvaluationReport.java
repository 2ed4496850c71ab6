package org.alliance.outcomes.evaluation;

import java.time.Instant;
import java.util.List;
import org.alliance.commissioning.BudgetAgainstSpend;
import org.alliance.outcomes.cohort.ShownCohort;
import org.alliance.outcomes.indicator.Figures;
import org.alliance.outcomes.indicator.IndicatorDefinition;
import org.alliance.web.Sterling;

/**
 * The pilot evaluation report for a period: the page and the PDF are both written from one of
 * these, so they cannot disagree. Every count of people in it has been through disclosure control;
 * it names no one.
 */
record EvaluationReport(
    ReportRange range,
    Instant madeAt,
    BudgetAgainstSpend.Statement budget,
    SpendChart chart,
    PeopleReachedTable reached,
    List<IndicatorResult> indicators,
    List<ShownCohort> cohorts,
    List<Quote> quotes) {

  /** "£1,234.50", "-£12.00". */
  static String money(java.math.BigDecimal amount) {
    return Sterling.pounds(amount);
  }

  /**
   * One indicator over the whole period, against its target, and its trend month by month.
   *
   * @param whole the figures for the whole period, everyone together
   * @param trend the figures month by month, everyone together
   */
  record IndicatorResult(
      IndicatorDefinition definition,
      Figures.Line whole,
      TargetCheck.Verdict verdict,
      List<Figures.Line> trend) {

    public String rateText() {
      return CellText.of(whole.rate());
    }

    public String numeratorText() {
      return CellText.of(whole.numerator());
    }

    public String denominatorText() {
      return CellText.of(whole.denominator());
    }

    public String targetText() {
      return TargetCheck.targetText(definition);
    }

    public String verdictText() {
      return verdict.words();
    }

    /** A month of the trend as people read it: "April 2025". */
    public String monthOf(Figures.Line line) {
      return ReportRange.monthLabel(java.time.YearMonth.parse(line.period()));
    }

    public String rateOf(Figures.Line line) {
      return CellText.of(line.rate());
    }

    public String betterText() {
      return "lower".equals(definition.better()) ? "Lower is better" : "Higher is better";
    }
  }

  /** A person's words, with the member supporting them and the month, never who they are. */
  record Quote(String words, String member, String month) {}

  public String label() {
    return range.label();
  }

  public String moneyOf(java.math.BigDecimal amount) {
    return money(amount);
  }
}
