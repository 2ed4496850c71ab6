package org.alliance.commissioning.options;

/** The scenario changed since the form was opened. */
class StaleScenario extends RuntimeException {

  static final String MESSAGE =
      "This scenario changed since you opened it. It is shown as it is now: check it and try"
          + " again.";

  StaleScenario() {
    super(MESSAGE, null, false, false);
  }
}
