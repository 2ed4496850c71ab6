package org.alliance.commissioning.review;

import java.util.UUID;

/** A contract in the register that a review may be of. */
record ContractChoice(UUID id, String reference, String service) {

  public String label() {
    return reference + ": " + service;
  }
}
