package org.alliance.support.plan;

import java.time.Instant;
import java.util.UUID;

/** A life domain a goal sits in, from one of the alliance's configured sets. */
public record LifeDomain(
    UUID id,
    String setCode,
    String setName,
    String name,
    int position,
    Instant retiredAt,
    int version) {

  public boolean retired() {
    return retiredAt != null;
  }

  /** As offered in a form: "Housing (Adults (recovery))" only where two sets are offered. */
  public String code() {
    return id.toString();
  }

  public String label() {
    return name;
  }
}
