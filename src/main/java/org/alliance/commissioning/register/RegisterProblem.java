package org.alliance.commissioning.register;

/** A change the register cannot take as asked, with the form field to show it at. */
class RegisterProblem extends RuntimeException {

  private final String field;

  RegisterProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
