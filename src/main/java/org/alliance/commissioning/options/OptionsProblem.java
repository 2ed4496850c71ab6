package org.alliance.commissioning.options;

/** A change the appraisal cannot take as asked, with the form field to show it at. */
class OptionsProblem extends RuntimeException {

  private final String field;

  OptionsProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
