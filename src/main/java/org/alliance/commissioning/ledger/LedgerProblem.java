package org.alliance.commissioning.ledger;

/** Something typed that the ledger cannot take, with the form field it is about. */
final class LedgerProblem extends RuntimeException {

  private final String field;

  LedgerProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
