package org.alliance.support.myplan;

import java.util.List;
import org.alliance.support.question.Question;

/** The "Ask your worker" page: what a question can be about, and the questions asked before. */
public record AskPage(List<Topic> topics, List<Question> asked) {

  /**
   * Something a question can be about: the code the form sends, the words on the radio, and the
   * words stored with the question (built here, never taken from the request).
   */
  public record Topic(String code, String label, String kind, String about) {}
}
