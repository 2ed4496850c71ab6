package org.alliance.support.ndtms;

/** A change the record cannot take as asked, with the field it is about and a message. */
class NdtmsProblem extends RuntimeException {

  private final String field;

  NdtmsProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
