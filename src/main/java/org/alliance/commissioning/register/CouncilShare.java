package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.util.UUID;

/** One council's percentage of a contract or grant, as entered: up to four decimal places. */
public record CouncilShare(UUID councilId, BigDecimal percent) {}
