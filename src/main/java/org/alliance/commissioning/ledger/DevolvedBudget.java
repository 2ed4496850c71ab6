package org.alliance.commissioning.ledger;

import java.util.UUID;

/** The money devolved to the alliance for one financial year. */
record DevolvedBudget(UUID id, FinancialYear year, String note) {}
