package org.alliance.support.contact;

import java.util.Arrays;
import java.util.Optional;

/** What became of a contact or appointment. An appointment has none until it is recorded. */
public enum Outcome {
  ATTENDED("attended", "Attended"),
  DID_NOT_ATTEND("did-not-attend", "Did not attend"),
  CANCELLED_BY_PERSON("cancelled-by-person", "Cancelled by the person"),
  CANCELLED_BY_SERVICE("cancelled-by-service", "Cancelled by the service");

  private final String code;
  private final String label;

  Outcome(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Whether the outcome says the appointment took place or was missed: only once its time came. */
  public boolean needsTimePassed() {
    return this == ATTENDED || this == DID_NOT_ATTEND;
  }

  public static Optional<Outcome> fromCode(String code) {
    return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
  }
}
