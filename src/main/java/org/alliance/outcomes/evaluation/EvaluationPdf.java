package org.alliance.outcomes.evaluation;

import java.util.List;
import org.alliance.commissioning.BudgetAgainstSpend;
import org.alliance.outcomes.cohort.ShownCohort;
import org.alliance.outcomes.indicator.Figures;
import org.alliance.web.PdfPages;

/**
 * The report as a PDF for the commissioners' and leadership team's papers, laid out by {@link
 * PdfPages}: the same sections, figures and words as the page, from the same {@link
 * EvaluationReport}.
 */
final class EvaluationPdf {

  private EvaluationPdf() {}

  static byte[] write(EvaluationReport report) {
    String title = "Pilot evaluation report, " + report.label();
    return PdfPages.write(
        title,
        "Pilot evaluation report",
        report.madeAt(),
        pages -> {
          pages.heading(title, 16);
          pages.line(PdfPages.madeOn(report.madeAt()), PdfPages.SIZE);
          pages.gap();

          pages.heading(EvaluationText.BUDGET, 13);
          pages.wrapped(EvaluationText.budgetNote(report.budget().financialYears()), 0);
          if (report.budget().lines().isEmpty()) {
            pages.wrapped(EvaluationText.NO_BUDGET, 0);
          } else {
            pages.columns("Budget line", List.of("Budget", "Spent", "Variance"));
            for (BudgetAgainstSpend.Row row : report.budget().lines()) {
              pages.row(row.name(), money(row));
            }
            pages.row("Total", money(report.budget().total()));
          }
          if (!report.budget().members().isEmpty()) {
            pages.gap();
            pages.columns("Member", List.of("Allocated", "Spent", "Variance"));
            for (BudgetAgainstSpend.MemberRow member : report.budget().members()) {
              pages.row(member.figures().name(), money(member.figures()));
            }
          }
          pages.gap();

          pages.heading(EvaluationText.REACHED, 13);
          pages.wrapped(EvaluationText.REACHED_NOTE, 0);
          pages.columns("Member", List.of("People reached"));
          for (PeopleReachedTable.Row row : report.reached().members()) {
            pages.row(row.member(), List.of(row.text()));
          }
          pages.row("All members", List.of(report.reached().totalText()));
          if (report.reached().anySuppressed()) {
            pages.wrapped(EvaluationText.SUPPRESSED_NOTE, 0);
          }
          pages.gap();

          pages.heading(EvaluationText.INDICATORS, 13);
          if (report.indicators().isEmpty()) {
            pages.wrapped(EvaluationText.NO_INDICATORS, 0);
          } else {
            pages.columns("Indicator", List.of("Result", "Target", "Met?"));
            for (EvaluationReport.IndicatorResult result : report.indicators()) {
              pages.row(
                  result.definition().name(),
                  List.of(result.rateText(), result.targetText(), result.verdict().shortWords()));
            }
            for (EvaluationReport.IndicatorResult result : report.indicators()) {
              pages.wrapped(
                  result.definition().name()
                      + ": "
                      + result.numeratorText()
                      + " of "
                      + result.denominatorText()
                      + ". "
                      + result.betterText()
                      + ". "
                      + result.verdictText()
                      + ".",
                  0);
            }
          }
          pages.gap();

          pages.heading(EvaluationText.OUTCOMES, 13);
          pages.wrapped(EvaluationText.OUTCOMES_NOTE, 0);
          for (EvaluationReport.IndicatorResult result : report.indicators()) {
            pages.bold(result.definition().name() + ", month by month");
            pages.columns("Month", List.of("Result"));
            for (Figures.Line line : result.trend()) {
              pages.row(result.monthOf(line), List.of(result.rateOf(line)));
            }
          }
          pages.gap();

          pages.heading(EvaluationText.COHORTS, 13);
          pages.wrapped(EvaluationText.COHORTS_NOTE, 0);
          if (report.cohorts().isEmpty()) {
            pages.wrapped(EvaluationText.NO_COHORTS, 0);
          }
          for (ShownCohort cohort : report.cohorts()) {
            pages.bold(cohort.name());
            pages.wrapped(
                "People: "
                    + cohort.peopleText()
                    + ". Before: "
                    + cohort.before().label()
                    + ". After: "
                    + cohort.after().label()
                    + ". Source: "
                    + cohort.source()
                    + ".",
                0);
            if (!cohort.figures().isEmpty()) {
              pages.columns("Measure", List.of("Before", "After", "Change"));
              for (ShownCohort.Shown figure : cohort.figures()) {
                pages.row(
                    figure.measure().label(),
                    List.of(figure.beforeText(), figure.afterText(), figure.change().text()));
              }
            }
          }
          pages.gap();

          pages.heading(EvaluationText.WORDS, 13);
          pages.wrapped(EvaluationText.WORDS_NOTE, 0);
          if (report.quotes().isEmpty()) {
            pages.wrapped(EvaluationText.NO_WORDS, 0);
          }
          for (EvaluationReport.Quote quote : report.quotes()) {
            pages.wrapped("“" + quote.words() + "”", 12);
            pages.wrapped("Supported by " + quote.member() + ", " + quote.month() + ".", 24);
          }
        });
  }

  private static List<String> money(BudgetAgainstSpend.Row row) {
    return List.of(
        EvaluationReport.money(row.budget()),
        EvaluationReport.money(row.spend()),
        EvaluationReport.money(row.variance()));
  }
}
