package org.alliance.support.account;

/** Why a code could not be made or used, or a proxy changed: said to the user as it is. */
class AccountProblem extends RuntimeException {

  /** The form field the problem is about, for the error summary's link. */
  private final String field;

  AccountProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
