package org.alliance.support.withhold;

/** A reason that cannot be kept: missing or too long. The message is shown beside the field. */
class WithholdProblem extends RuntimeException {

  WithholdProblem(String message) {
    super(message, null, false, false);
  }
}
