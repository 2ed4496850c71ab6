package org.alliance.commissioning.risk;

import java.util.UUID;

/** A contract a risk may name, from the register's spine. */
record ContractChoice(UUID id, String reference, String service) {

  public String label() {
    return reference + ": " + service;
  }
}
