package org.alliance.outcomes.evaluation;

import java.util.List;

/** The report's headings and notes, one wording for the page and the PDF. */
final class EvaluationText {

  static final String BUDGET = "Budget against spend";
  static final String REACHED = "People reached";
  static final String INDICATORS = "Indicators against targets";
  static final String OUTCOMES = "Outcomes";
  static final String WORDS = "In people's own words";
  static final String COHORTS = "Before and after";
  static final String COHORTS_NOTE =
      "Cohorts whose period after support falls in these months, in figures partners gave the"
          + " alliance (not worked out from the record). A cohort of fewer than 5 people shows no"
          + " figures; a figure from 1 to 4 is not shown, nor any change made from it.";
  static final String NO_COHORTS = "No cohort's period after support falls in these months.";

  static final String NO_BUDGET = "There is no devolved budget for these months.";
  static final String REACHED_NOTE =
      "Different people who came to at least one appointment or contact in the period. Each person"
          + " is counted once, under the member that saw them first in the period, so the members"
          + " add up to the total.";
  static final String SUPPRESSED_NOTE =
      "To protect people's privacy, counts from 1 to 4 are not shown, and nor is any other count"
          + " from which one of them could be worked out.";
  static final String NO_INDICATORS = "No indicator has figures for these months yet.";
  static final String OUTCOMES_NOTE =
      "How each indicator moved month by month over the period, everyone together. Figures too"
          + " small to show safely are left out.";
  static final String WORDS_NOTE =
      "Words people wrote in their own plan during the period. Each person chose to let us quote"
          + " these words, without their name, in reports about the service, and can withdraw that"
          + " at any time.";
  static final String NO_WORDS = "No one has chosen to share words written in these months.";

  private EvaluationText() {}

  static String budgetNote(List<String> years) {
    return "Budgets are set for whole financial years (1 April to 31 March), so the budget here is"
        + " the whole budget of "
        + (years.size() == 1 ? "the financial year " : "the financial years ")
        + String.join(", ", years)
        + ". Spent is the spend recorded in the ledger for the months of the period, corrections"
        + " included. Variance is budget less spent: negative when spend passed the budget.";
  }
}
