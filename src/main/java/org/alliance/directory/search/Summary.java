package org.alliance.directory.search;

/** The first sentence or so of a description, for a results list. */
final class Summary {

  static final int MAX_LENGTH = 200;

  private Summary() {}

  static String of(String description) {
    if (description == null || description.isBlank()) {
      return "";
    }
    String text = description.strip().replaceAll("\\s+", " ");
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    int sentence = text.lastIndexOf(". ", MAX_LENGTH);
    if (sentence > MAX_LENGTH / 2) {
      return text.substring(0, sentence + 1);
    }
    int space = text.lastIndexOf(' ', MAX_LENGTH - 1);
    return text.substring(0, space > 0 ? space : MAX_LENGTH - 1) + "…";
  }
}
