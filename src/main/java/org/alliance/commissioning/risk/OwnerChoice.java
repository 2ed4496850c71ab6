package org.alliance.commissioning.risk;

import java.util.UUID;

/** A user who may own a risk: someone who works on commissioning or the alliance. */
record OwnerChoice(UUID id, String name, String role) {

  public String label() {
    return name + " (" + role + ")";
  }
}
