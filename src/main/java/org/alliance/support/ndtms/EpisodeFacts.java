package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.UUID;

/** The alliance episode an NDTMS treatment journey belongs to. */
record EpisodeFacts(UUID id, UUID memberId, String member, LocalDate openedOn, LocalDate closedOn) {

  public boolean open() {
    return closedOn == null;
  }
}
