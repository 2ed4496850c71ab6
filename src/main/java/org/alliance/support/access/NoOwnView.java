package org.alliance.support.access;

/**
 * A person's account that reads no record now: never linked, the person withdrew a proxy's access,
 * or a parent's access ended when the young person turned 18. The page says so plainly.
 */
public class NoOwnView extends RuntimeException {
  public NoOwnView() {
    super("No record for this account now", null, false, false);
  }
}
