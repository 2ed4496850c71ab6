package org.alliance.needs.data;

/** Something wrong with one line of an imported file, in words. */
record RowProblem(long line, String message) {

  String describe() {
    return line == 0 ? message : "line " + line + ": " + message;
  }
}
