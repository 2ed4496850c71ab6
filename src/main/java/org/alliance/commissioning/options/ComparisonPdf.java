package org.alliance.commissioning.options;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alliance.commissioning.options.Appraisal.ContractLine;
import org.alliance.commissioning.options.Appraisal.Council;
import org.alliance.commissioning.register.FinancialYear;
import org.alliance.web.PdfPages;

/**
 * The comparison as a PDF for a committee paper, laid out by {@link PdfPages} (A4 landscape, Apache
 * PDFBox). Drawn from the same {@link Appraisal} as the page, with the same formatting, so every
 * figure matches the page.
 */
final class ComparisonPdf {

  private ComparisonPdf() {}

  static byte[] write(Appraisal appraisal, Instant madeAt) {
    return PdfPages.write(
        "Options appraisal: " + appraisal.names(),
        "Options appraisal",
        madeAt,
        pages -> {
          List<Scenario> scenarios = appraisal.scenarios();
          pages.heading("Options appraisal: " + appraisal.names(), 15);
          pages.line(PdfPages.madeOn(madeAt), PdfPages.SIZE);
          pages.wrapped(
              "Costs are in pounds and pence for each financial year (1 April to 31 March). Each"
                  + " council's share is its exact share of each contract's cost in the year, as the"
                  + " contract register divides a year's value, so the shares add to the total"
                  + " exactly.",
              0);
          pages.gap();

          pages.heading("The scenarios", 12);
          for (Scenario s : scenarios) {
            pages.bold(s.name() + (s.archived() ? " (archived)" : ""));
            pages.wrapped("Costed over " + s.period() + ".", 12);
            if (s.description() != null) {
              pages.wrapped(s.description(), 12);
            }
          }
          pages.gap();

          List<String> names = scenarios.stream().map(Scenario::name).toList();
          pages.heading("Cost by financial year", 12);
          pages.columns("Financial year", names);
          for (int year : appraisal.years()) {
            List<String> cells = new ArrayList<>();
            for (Scenario s : scenarios) {
              cells.add(appraisal.money(appraisal.total(s.id(), year)));
            }
            pages.row(FinancialYear.label(year), cells);
          }
          List<String> totals = new ArrayList<>();
          for (Scenario s : scenarios) {
            totals.add(appraisal.money(appraisal.total(s.id())));
          }
          pages.row("Total", totals);
          pages.gap();

          for (Council council : appraisal.councils()) {
            pages.heading(council.name() + "'s share", 11);
            pages.columns("Financial year", names);
            for (int year : appraisal.years()) {
              List<String> cells = new ArrayList<>();
              for (Scenario s : scenarios) {
                cells.add(appraisal.money(appraisal.share(s.id(), council.id(), year)));
              }
              pages.row(FinancialYear.label(year), cells);
            }
            List<String> councilTotals = new ArrayList<>();
            for (Scenario s : scenarios) {
              councilTotals.add(appraisal.money(appraisal.councilTotal(s.id(), council.id())));
            }
            pages.row("Total", councilTotals);
            pages.gap();
          }
          if (appraisal.hasUndivided()) {
            pages.heading("Not divided between councils", 11);
            pages.wrapped(
                "Costs of contracts whose councils' shares in the register do not total 100%.", 0);
            pages.columns("Financial year", names);
            for (int year : appraisal.years()) {
              List<String> cells = new ArrayList<>();
              for (Scenario s : scenarios) {
                cells.add(appraisal.money(appraisal.undivided(s.id(), year)));
              }
              pages.row(FinancialYear.label(year), cells);
            }
            pages.gap();
          }

          pages.heading("Actions by contract", 12);
          for (ContractLine line : appraisal.contracts()) {
            pages.bold(line.service() + " (" + line.reference() + ")");
            pages.wrapped("Current end: " + appraisal.day(line.currentEnd()) + ".", 12);
            for (Scenario s : scenarios) {
              List<ScenarioAction> actions = line.in(s.id());
              if (actions.isEmpty()) {
                pages.wrapped(s.name() + ": no action.", 12);
                continue;
              }
              for (ScenarioAction a : actions) {
                StringBuilder text =
                    new StringBuilder(s.name())
                        .append(": ")
                        .append(a.actionLabel())
                        .append(", by ")
                        .append(appraisal.day(a.decideBy()));
                if (a.newEndOn() != null) {
                  text.append(", new end ").append(appraisal.day(a.newEndOn()));
                }
                text.append(". Cost ").append(appraisal.money(a.total()));
                List<String> byYear = new ArrayList<>();
                a.costs()
                    .forEach(
                        (year, amount) ->
                            byYear.add(FinancialYear.label(year) + " " + appraisal.money(amount)));
                if (!byYear.isEmpty()) {
                  text.append(" (").append(String.join("; ", byYear)).append(")");
                }
                text.append(".");
                if (a.note() != null) {
                  text.append(" ").append(a.note());
                }
                pages.wrapped(text.toString(), 12);
              }
            }
          }
          pages.gap();

          for (String[] kind :
              List.of(
                  new String[] {"advantage", "Advantages"},
                  new String[] {"disadvantage", "Disadvantages"},
                  new String[] {"risk", "Risks"})) {
            pages.heading(kind[1], 12);
            for (Scenario s : scenarios) {
              pages.bold(s.name());
              List<String> points = s.points(kind[0]);
              if (points.isEmpty()) {
                pages.wrapped("None recorded.", 12);
              }
              for (String point : points) {
                pages.wrapped("•  " + point, 12);
              }
            }
            pages.gap();
          }
        });
  }
}
