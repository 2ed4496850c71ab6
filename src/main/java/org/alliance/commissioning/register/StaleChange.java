package org.alliance.commissioning.register;

/** The contract or grant changed since the form was opened: it is shown as it is now. */
class StaleChange extends RuntimeException {

  StaleChange(String what) {
    super(
        "This "
            + what
            + " changed since you opened it. It is shown as it is now: check it and try again.",
        null,
        false,
        false);
  }
}
