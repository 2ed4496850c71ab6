package org.alliance.commissioning.risk;

/** A change the register cannot take as asked, with the field to show it at. */
class RiskProblem extends RuntimeException {

  private final String field;

  RiskProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
