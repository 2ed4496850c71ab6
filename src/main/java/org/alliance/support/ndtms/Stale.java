package org.alliance.support.ndtms;

/** What the form was opened on changed meanwhile: the page shows what is saved now. */
class Stale extends RuntimeException {

  Stale() {
    super("This changed since you opened it", null, false, false);
  }
}
