package org.alliance.support.budget;

/** A change the budget cannot take as asked, with the field to show it at. */
class BudgetProblem extends RuntimeException {

  private final String field;

  BudgetProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
