package org.alliance.support.measure;

import java.util.Arrays;
import java.util.Optional;

/** When in someone's support a measure was asked: the TOP form's treatment stages. */
public enum Stage {
  START("start", "Start"),
  REVIEW("review", "Review"),
  EXIT("exit", "Exit"),
  POST_EXIT("post-exit", "After exit");

  private final String code;
  private final String label;

  Stage(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Stage> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
