package org.alliance.support.budget;

/** The budget changed since the form was opened: the statement is shown as it is now. */
class StaleBudget extends RuntimeException {

  StaleBudget() {
    super(
        "This budget changed since you opened it. It is shown below as it is now: check it and"
            + " try again.",
        null,
        false,
        false);
  }
}
