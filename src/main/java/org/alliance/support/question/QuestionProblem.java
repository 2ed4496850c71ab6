package org.alliance.support.question;

/** An answer that cannot be saved, said in words for the page. */
public class QuestionProblem extends RuntimeException {
  public QuestionProblem(String message) {
    super(message, null, false, false);
  }
}
