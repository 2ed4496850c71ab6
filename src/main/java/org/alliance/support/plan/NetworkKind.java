package org.alliance.support.plan;

import java.util.Arrays;
import java.util.Optional;

/** Who or what is around a person; on the map each kind has its own shape. */
public enum NetworkKind {
  FAMILY("family", "Family"),
  FRIEND("friend", "Friend"),
  PEER("peer", "Peer"),
  TEACHER("teacher", "Teacher"),
  PROFESSIONAL("professional", "Professional"),
  PLACE("place", "Place that matters");

  private final String code;
  private final String label;

  NetworkKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<NetworkKind> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
