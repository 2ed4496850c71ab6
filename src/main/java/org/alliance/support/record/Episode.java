package org.alliance.support.record;

import java.time.LocalDate;
import java.util.UUID;

/** A period of support at a member; open until closed with a reason. Nobody is "exited". */
public record Episode(
    UUID id,
    UUID memberId,
    String member,
    LocalDate openedOn,
    String openReason,
    LocalDate closedOn,
    String closeReason,
    int version) {

  public boolean open() {
    return closedOn == null;
  }
}
