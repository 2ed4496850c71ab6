package org.alliance.support.plan;

/**
 * Someone changed the row since the form was opened: the page shows it as it is now beside what was
 * typed, so nothing is lost.
 */
public class StaleEdit extends RuntimeException {

  private final transient Object current;

  StaleEdit(Object current) {
    super("This changed since you opened it", null, false, false);
    this.current = current;
  }

  public Object current() {
    return current;
  }
}
