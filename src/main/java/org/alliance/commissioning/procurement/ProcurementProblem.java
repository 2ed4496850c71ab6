package org.alliance.commissioning.procurement;

/** A change the procurement cannot take as asked, with the form field to show it at. */
class ProcurementProblem extends RuntimeException {

  private final String field;

  ProcurementProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
