package org.alliance.commissioning;

import java.util.UUID;

/** A contract as another module may know it: its id, reference and service. */
public record ContractRef(UUID id, String reference, String service) {}
