package org.alliance.support.transition;

/** A transition plan that cannot be saved as asked, with the field and a message. */
class TransitionProblem extends RuntimeException {

  private final String field;

  TransitionProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
