package org.alliance.support.episode;

/** An episode that cannot be opened or closed as asked, with the field and a message. */
public class EpisodeProblem extends RuntimeException {

  private final String field;

  EpisodeProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
