package org.alliance.support.myplan;

/** What the person types: trimmed, required and bounded, with a plain message when it is not. */
final class Words {

  private Words() {}

  static String required(String typed, int most) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw new Problem("words", "Write something first");
    }
    if (text.length() > most) {
      throw new Problem("words", "Use " + most + " letters or fewer. You used " + text.length());
    }
    return text;
  }

  /** A problem with what was typed, for the error summary. */
  static class Problem extends RuntimeException {
    private final String field;

    Problem(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }

    String field() {
      return field;
    }
  }
}
