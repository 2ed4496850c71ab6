package org.alliance.support.retention;

/** A decision the lead cannot make as asked (the record is no longer due, a bad date): one line. */
class RetentionProblem extends RuntimeException {
  RetentionProblem(String message) {
    super(message, null, false, false);
  }
}
