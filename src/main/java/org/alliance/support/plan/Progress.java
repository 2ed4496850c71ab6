package org.alliance.support.plan;

/**
 * Progress towards a goal on the 1-10 scale, where 1 is just starting and 10 is there. The one
 * place the range is decided: forms parse with {@link #parse}, and services refuse anything else.
 */
public final class Progress {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 10;

  static final String NOT_A_NUMBER = "Enter progress as a whole number from 1 to 10";
  static final String OUT_OF_RANGE = "Progress must be from 1 (just starting) to 10 (there)";

  private Progress() {}

  /** The score, or a {@link PlanProblem} on {@code field} saying what is wrong with it. */
  static int parse(String field, String typed) {
    if (typed == null || typed.isBlank()) {
      throw new PlanProblem(field, NOT_A_NUMBER);
    }
    String digits = typed.strip();
    if (!digits.matches("-?\\d{1,9}")) {
      throw new PlanProblem(field, digits.matches("-?\\d+") ? OUT_OF_RANGE : NOT_A_NUMBER);
    }
    return check(field, Integer.parseInt(digits));
  }

  static int check(String field, int score) {
    if (score < LOWEST || score > HIGHEST) {
      throw new PlanProblem(field, OUT_OF_RANGE);
    }
    return score;
  }
}
