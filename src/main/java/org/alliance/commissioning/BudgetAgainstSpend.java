package org.alliance.commissioning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The devolved budget against what was spent in a period, from the open-book ledger, for reports
 * outside commissioning (the pilot evaluation report). Budgets are set for whole financial years,
 * so a period's budget is the whole budget of every financial year it touches; spend is the spend
 * entries dated in the period, corrections counted on their entry's date. Money is exact: every
 * figure is a sum of entries, to the penny.
 */
public interface BudgetAgainstSpend {

  /** The months from {@code from} to {@code to}, both included. */
  Statement between(YearMonth from, YearMonth to);

  /**
   * @param financialYears the financial years whose budgets count, as "2025 to 2026"
   * @param lines by budget line (lines of the same name in different years added together)
   * @param members by member: what was allocated to them in those years against their spend
   * @param total the whole alliance
   */
  record Statement(
      List<String> financialYears, List<Row> lines, List<MemberRow> members, Row total) {}

  /**
   * @param budget the budget, or for a member what was allocated to them
   * @param variance budget less spend: negative when spend passed the budget
   */
  record Row(String name, BigDecimal budget, BigDecimal spend, BigDecimal variance) {

    public static Row of(String name, BigDecimal budget, BigDecimal spend) {
      return new Row(name, budget, spend, budget.subtract(spend));
    }
  }

  /** A member's row; the member id lets a report join it to other figures about that member. */
  record MemberRow(UUID memberId, Row figures) {}
}
