package org.alliance.commissioning.review;

/** A change a review cannot take as asked, with the field to show it at. */
class ReviewProblem extends RuntimeException {

  private final String field;

  ReviewProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
