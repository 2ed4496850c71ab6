package org.alliance.support.plan;

import java.util.Arrays;
import java.util.Optional;

/** What a person gives back, recorded as an achievement. */
public enum ContributionKind {
  VOLUNTEERING("volunteering", "Volunteering"),
  PEER_SUPPORT("peer-support", "Peer support"),
  CO_PRODUCTION("co-production", "Co-production of the service"),
  OTHER("other", "Something else");

  private final String code;
  private final String label;

  ContributionKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<ContributionKind> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
