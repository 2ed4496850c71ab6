package org.alliance.support.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * The appreciative-inquiry cycle the first conversation follows. Each stage asks one thing; the
 * deliver stage records support given, from the first conversation on ("assess and do").
 */
public enum Stage {
  DISCOVER(
      "discover",
      "Discover: strengths and abilities",
      "What they are good at and what they have, as they see it or as the people around them do"),
  DREAM("dream", "Dream: hopes", "What they hope for, in their own words"),
  DESIGN("design", "Design: what to change first", "What they want to change first"),
  DELIVER(
      "deliver",
      "Deliver: support given",
      "Support given, from the first conversation on: a lift, a call made, a form filled in together");

  private final String code;
  private final String label;
  private final String question;

  Stage(String code, String label, String question) {
    this.code = code;
    this.label = label;
    this.question = question;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public String question() {
    return question;
  }

  public static Optional<Stage> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
