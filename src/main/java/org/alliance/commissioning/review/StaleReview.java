package org.alliance.commissioning.review;

/** Someone saved the review or action after the form was opened: theirs stands. */
class StaleReview extends RuntimeException {

  StaleReview() {
    super(
        "This review changed since you opened it. It is shown below as it is now: check it and"
            + " make your change again.",
        null,
        false,
        false);
  }
}
