package org.alliance.outcomes.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.alliance.commissioning.BudgetAgainstSpend;
import org.alliance.web.Sterling;

/**
 * Budget against spend by budget line, drawn as SVG: for each line an outlined bar (budget) and a
 * solid bar (spend), each labelled with its words and amount, so the chart reads without colour;
 * the table after it holds every figure. Geometry only: the figures are the statement's.
 */
record SpendChart(int width, int height, List<Bar> bars, String description) {

  static final int WIDTH = 760;
  private static final int TOP = 12;
  private static final int ROW = 64;
  private static final int LEFT = 8;
  private static final int LONGEST = 460;

  record Bar(
      String line, int y, int budgetWidth, int spendWidth, String budgetLabel, String spendLabel) {

    public int nameY() {
      return y + 12;
    }

    public int budgetY() {
      return y + 18;
    }

    public int spendY() {
      return y + 38;
    }

    public int budgetTextX() {
      return LEFT + budgetWidth + 8;
    }

    public int spendTextX() {
      return LEFT + spendWidth + 8;
    }

    public int budgetTextY() {
      return budgetY() + 13;
    }

    public int spendTextY() {
      return spendY() + 13;
    }
  }

  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  public int left() {
    return LEFT;
  }

  static SpendChart of(BudgetAgainstSpend.Statement statement) {
    BigDecimal most = BigDecimal.ONE;
    for (BudgetAgainstSpend.Row row : statement.lines()) {
      most = most.max(row.budget()).max(row.spend());
    }
    List<Bar> bars = new ArrayList<>();
    int y = TOP;
    for (BudgetAgainstSpend.Row row : statement.lines()) {
      bars.add(
          new Bar(
              row.name(),
              y,
              length(row.budget(), most),
              length(row.spend(), most),
              "Budget " + Sterling.pounds(row.budget()),
              "Spent " + Sterling.pounds(row.spend())));
      y += ROW;
    }
    return new SpendChart(
        WIDTH,
        y + 8,
        bars,
        "Budget and spend for each of "
            + bars.size()
            + (bars.size() == 1 ? " budget line" : " budget lines")
            + ": an outlined bar for the budget and a solid bar for the spend, each labelled with"
            + " its amount. The table after the chart gives every figure.");
  }

  private static int length(BigDecimal amount, BigDecimal most) {
    if (amount.signum() <= 0) {
      return 0;
    }
    return Math.max(
        1,
        amount
            .multiply(BigDecimal.valueOf(LONGEST))
            .divide(most, 0, RoundingMode.HALF_UP)
            .intValue());
  }
}
