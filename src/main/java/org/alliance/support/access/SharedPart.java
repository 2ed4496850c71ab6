package org.alliance.support.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A part of "My plan" that a person may share with a parent, carer or supporter. The person
 * themself always reads every part; a proxy reads only the parts the person agreed to.
 */
public enum SharedPart {
  PLAN(
      "plan",
      "Their plan: goals, how it is going and the people around them",
      "Your plan: your goals, how it is going and the people around you"),
  APPOINTMENTS("appointments", "Their appointments", "Your appointments"),
  BUDGET("budget", "Their budget and what it is spent on", "Your money and what it is spent on"),
  RECORD_READS("record-reads", "Who has looked at their record", "Who has looked at your record");

  private final String code;
  private final String label;
  private final String toThePerson;

  SharedPart(String code, String label, String toThePerson) {
    this.code = code;
    this.label = label;
    this.toThePerson = toThePerson;
  }

  /** The part as the person themself reads it, on their sharing page. */
  public String toThePerson() {
    return toThePerson;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<SharedPart> fromCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }

  /** The known parts among these codes; unknown ones are ignored. */
  public static Set<SharedPart> fromCodes(Collection<String> codes) {
    Set<SharedPart> parts = EnumSet.noneOf(SharedPart.class);
    if (codes != null) {
      codes.forEach(code -> fromCode(code).ifPresent(parts::add));
    }
    return parts;
  }

  public static String[] codes(Set<SharedPart> parts) {
    List<String> codes = new ArrayList<>();
    for (SharedPart part : values()) {
      if (parts.contains(part)) {
        codes.add(part.code);
      }
    }
    return codes.toArray(String[]::new);
  }
}
