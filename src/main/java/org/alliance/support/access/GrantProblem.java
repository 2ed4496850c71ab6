package org.alliance.support.access;

/** A grant change that cannot be made, with a message for the page that asked. */
public class GrantProblem extends RuntimeException {
  public GrantProblem(String message) {
    super(message, null, false, false);
  }
}
