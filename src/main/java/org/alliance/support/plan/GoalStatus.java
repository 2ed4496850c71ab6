package org.alliance.support.plan;

import java.util.Arrays;
import java.util.Optional;

/** Where a goal stands. A goal is never "failed": it can be achieved, paused or let go. */
public enum GoalStatus {
  WORKING_ON("working-on", "Working on it"),
  ACHIEVED("achieved", "Achieved"),
  PAUSED("paused", "Paused"),
  LET_GO("let-go", "Let go");

  private final String code;
  private final String label;

  GoalStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<GoalStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
