package org.alliance.support.person;

/** Someone else changed the record after it was opened; carries what is saved now. */
class StaleRecord extends RuntimeException {
  private final Person now;

  StaleRecord(Person now) {
    super("Changed since it was opened", null, false, false);
    this.now = now;
  }

  Person now() {
    return now;
  }
}
