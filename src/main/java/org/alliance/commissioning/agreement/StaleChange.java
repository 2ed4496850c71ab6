package org.alliance.commissioning.agreement;

/** Someone else changed it after the form was opened: it is shown again as it is now. */
class StaleChange extends RuntimeException {

  StaleChange(String what) {
    super(
        what
            + " changed since you opened it. It is shown below as it is now: check it and try"
            + " again.",
        null,
        false,
        false);
  }
}
