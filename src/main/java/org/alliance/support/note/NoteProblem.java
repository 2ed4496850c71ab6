package org.alliance.support.note;

/** A note that cannot be written as asked, with the field and a message for the page. */
public class NoteProblem extends RuntimeException {

  private final String field;

  NoteProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
