/**
 * The pilot evaluation report: for a chosen period, budget against spend (commissioning's open-book
 * ledger), people reached and by which member (support's counts, through disclosure control),
 * indicators against their targets and their trend, and people's own words where they chose to let
 * the alliance quote them; as a printable page and a PDF. It reads other modules only through their
 * public APIs and stores nothing.
 */
package org.alliance.outcomes.evaluation;
