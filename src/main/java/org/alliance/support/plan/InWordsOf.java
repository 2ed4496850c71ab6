package org.alliance.support.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whose words an entry holds. A person writing in "My plan" (issue 15) is {@code PERSON} with no
 * worker.
 */
public enum InWordsOf {
  PERSON("person", "Their own words"),
  SUPPORTER("supporter", "Someone around them (say who)"),
  WORKER("worker", "Yours, as their worker");

  private final String code;
  private final String label;

  InWordsOf(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<InWordsOf> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
