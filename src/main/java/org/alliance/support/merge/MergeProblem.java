package org.alliance.support.merge;

/** Why a merge or its undoing cannot be done, as a sentence for the page's error summary. */
public class MergeProblem extends RuntimeException {
  public MergeProblem(String message) {
    super(message);
  }
}
