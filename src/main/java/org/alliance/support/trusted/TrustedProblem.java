package org.alliance.support.trusted;

/** A choice of trusted individual that cannot be recorded, with a message for the page. */
public class TrustedProblem extends RuntimeException {
  TrustedProblem(String message) {
    super(message, null, false, false);
  }
}
