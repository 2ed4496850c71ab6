package org.alliance.commissioning.ledger;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of a year's devolved budget: what it is for and how much it holds.
 *
 * @param ringFenced money that may be spent only on the line's purpose, such as a grant's pilot
 * @param isf the line the monthly Individual Service Fund returns are imported into
 * @param version how many times its budget has been changed, to catch two people changing it
 */
record BudgetLine(
    UUID id,
    UUID budgetId,
    FinancialYear year,
    String name,
    BigDecimal budget,
    boolean ringFenced,
    boolean isf,
    int version) {

  public String budgetText() {
    return LedgerMoney.format(budget);
  }
}
