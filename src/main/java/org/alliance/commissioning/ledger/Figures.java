package org.alliance.commissioning.ledger;

import java.math.BigDecimal;

/**
 * Budget, allocated and spent for a line, a member or the whole alliance, and the variance worked
 * from them. Every figure is a sum of ledger entries (corrections included), exact to the penny;
 * percentages are rounded half up to one decimal place, once, in {@link LedgerMoney#percent}.
 *
 * @param budget the line's budget; null where there is none (a member's share of a line)
 */
record Figures(BigDecimal budget, BigDecimal allocated, BigDecimal spent) {

  static final Figures NONE = new Figures(null, LedgerMoney.ZERO, LedgerMoney.ZERO);

  /** Budget not yet allocated to any member; negative when the line is over-allocated. */
  public BigDecimal unallocated() {
    return budget == null ? null : budget.subtract(allocated);
  }

  /** Allocated but not yet spent; negative when spend has passed the allocation. */
  public BigDecimal remaining() {
    return allocated.subtract(spent);
  }

  public BigDecimal allocatedPercent() {
    return LedgerMoney.percent(allocated, budget);
  }

  public BigDecimal spentPercent() {
    return LedgerMoney.percent(spent, allocated);
  }

  public boolean overAllocated() {
    return budget != null && allocated.compareTo(budget) > 0;
  }

  public boolean overspent() {
    return spent.compareTo(allocated) > 0;
  }

  Figures plus(Figures other) {
    BigDecimal both =
        budget == null && other.budget == null
            ? null
            : (budget == null ? LedgerMoney.ZERO : budget)
                .add(other.budget == null ? LedgerMoney.ZERO : other.budget);
    return new Figures(both, allocated.add(other.allocated), spent.add(other.spent));
  }

  /** What the page, CSV and PDF say about it, in words, not colour. */
  public String flags() {
    if (overAllocated() && overspent()) {
      return "Over-allocated; overspent";
    }
    if (overAllocated()) {
      return "Over-allocated";
    }
    return overspent() ? "Overspent" : "";
  }

  public String budgetText() {
    return budget == null ? "" : LedgerMoney.format(budget);
  }

  public String allocatedText() {
    return LedgerMoney.format(allocated);
  }

  public String spentText() {
    return LedgerMoney.format(spent);
  }

  public String unallocatedText() {
    return budget == null ? "" : LedgerMoney.format(unallocated());
  }

  /** How far allocations pass the budget, as money. */
  public String overAllocatedByText() {
    return budget == null ? "" : LedgerMoney.format(allocated.subtract(budget));
  }

  public String remainingText() {
    return LedgerMoney.format(remaining());
  }

  public String allocatedPercentText() {
    return budget == null ? "" : LedgerMoney.percentText(allocatedPercent());
  }

  public String spentPercentText() {
    return LedgerMoney.percentText(spentPercent());
  }
}
