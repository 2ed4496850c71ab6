package org.alliance.support.contact;

/** A contact that cannot be recorded as asked, with the field and a message for the page. */
public class ContactProblem extends RuntimeException {

  private final String field;

  ContactProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
