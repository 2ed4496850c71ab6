package org.alliance.support.withhold;

import java.util.UUID;

/**
 * A worker who may read the record but is not in the person's own team tried to withhold or release
 * an entry: only the team decides what the person sees of their own record.
 */
class OnlyTheTeam extends RuntimeException {

  private final UUID personId;

  OnlyTheTeam(UUID personId) {
    super("Only the person's own team can withhold or release entries", null, false, false);
    this.personId = personId;
  }

  UUID personId() {
    return personId;
  }
}
