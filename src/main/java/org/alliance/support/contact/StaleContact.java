package org.alliance.support.contact;

/** The contact changed since the form was opened: the page shows it as it is now. */
public class StaleContact extends RuntimeException {

  private final transient Contact current;

  StaleContact(Contact current) {
    super("This changed since you opened it", null, false, false);
    this.current = current;
  }

  public Contact current() {
    return current;
  }
}
