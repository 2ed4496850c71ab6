package org.alliance.support.plan;

import java.util.Arrays;
import java.util.Optional;

/** How close someone or somewhere is to the person: the ring they sit on in the map. */
public enum Closeness {
  VERY_CLOSE(1, "Very close"),
  CLOSE(2, "Close"),
  FURTHER_OUT(3, "Further out");

  private final int ring;
  private final String label;

  Closeness(int ring, String label) {
    this.ring = ring;
    this.label = label;
  }

  public int ring() {
    return ring;
  }

  public String code() {
    return String.valueOf(ring);
  }

  public String label() {
    return label;
  }

  public static Optional<Closeness> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }

  public static Closeness ofRing(int ring) {
    return Arrays.stream(values()).filter(c -> c.ring == ring).findFirst().orElse(FURTHER_OUT);
  }
}
