package org.alliance.support.plan;

/** A change to a plan that cannot be made as asked, with the form field and a message. */
public class PlanProblem extends RuntimeException {

  private final String field;

  PlanProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
