package org.alliance.database;

/**
 * A database setting or situation the operator can put right (a malformed {@code DATABASE_URL}, a
 * data folder another process is using): its message is one line that says what to do, and commands
 * print it instead of a stack trace.
 */
public class DatabaseProblem extends IllegalArgumentException {

  public DatabaseProblem(String message) {
    super(message);
  }

  public DatabaseProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
