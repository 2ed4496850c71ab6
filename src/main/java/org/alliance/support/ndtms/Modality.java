package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.UUID;

/** One modality (intervention) of an episode, with its own dates, setting and exit. */
record Modality(
    UUID id,
    String modality,
    LocalDate referredOn,
    LocalDate firstOfferedOn,
    LocalDate startedOn,
    LocalDate endedOn,
    String exitStatus,
    String setting,
    Integer version) {

  public boolean open() {
    return endedOn == null;
  }
}
