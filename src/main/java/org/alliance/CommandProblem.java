package org.alliance;

/** A user's mistake a command found (a missing file, a file where a folder belongs): one line. */
final class CommandProblem extends RuntimeException {

  CommandProblem(String message) {
    super(message, null, false, false);
  }
}
