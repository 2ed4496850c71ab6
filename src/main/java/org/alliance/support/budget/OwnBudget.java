package org.alliance.support.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * One budget as the person reads it in "My plan": the budget with the worker's totals (never worked
 * out a second time) and its commitments and payments.
 */
public record OwnBudget(Budget budget, List<Spend> spending) {

  /** What the money is planned for: providers, purchases and activities. */
  public List<Spend> commitments() {
    return spending.stream().filter(s -> !s.payment()).toList();
  }

  public List<Spend> payments() {
    return spending.stream().filter(Spend::payment).toList();
  }

  /** What is left: the money less what has been paid, as the worker's statement shows it. */
  public BigDecimal left() {
    return budget.balance();
  }

  public String money(BigDecimal amount) {
    return Money.format(amount);
  }
}
