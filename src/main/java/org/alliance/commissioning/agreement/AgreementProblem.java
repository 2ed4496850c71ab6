package org.alliance.commissioning.agreement;

/** A change the agreement or the log cannot take as asked, with the field to show it at. */
class AgreementProblem extends RuntimeException {

  private final String field;

  AgreementProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
