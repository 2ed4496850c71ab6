package org.alliance.commissioning.risk;

/** Someone saved the risk after the form was opened: theirs stands, and the form is shown again. */
class StaleRisk extends RuntimeException {

  StaleRisk() {
    super(
        "This risk changed since you opened it. It is shown below as it is now: check it and"
            + " make your change again.",
        null,
        false,
        false);
  }
}
