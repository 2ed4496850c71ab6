package org.alliance.support.access;

import java.util.UUID;

/**
 * A record exists that the viewer may not open: they may learn only that, and ask for access (or,
 * in an emergency, break the glass).
 */
public class RecordMayExist extends RuntimeException {
  private final UUID personId;

  public RecordMayExist(UUID personId) {
    super("A record may exist", null, false, false);
    this.personId = personId;
  }

  public UUID personId() {
    return personId;
  }
}
