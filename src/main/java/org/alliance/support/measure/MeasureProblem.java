package org.alliance.support.measure;

/**
 * Something wrong with a measure definition file: where (a JSON pointer into the file, empty for
 * the whole file) and what. Values repeated from the file are cut short.
 */
public record MeasureProblem(String pointer, String message) {

  @Override
  public String toString() {
    return (pointer == null || pointer.isEmpty() ? "(the whole file)" : pointer) + ": " + message;
  }
}
