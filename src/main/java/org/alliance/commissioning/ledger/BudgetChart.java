package org.alliance.commissioning.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Allocated against spent by member, drawn as SVG: for each member an outlined bar (allocated) and
 * a solid bar (spent), each labelled with its words and amount, so the chart reads without colour;
 * the report's table beside it holds every figure. Geometry only: the figures are the report's.
 */
record BudgetChart(int width, int height, List<Bar> bars, String description) {

  static final int WIDTH = 760;
  private static final int TOP = 40;
  private static final int ROW = 64;
  private static final int LEFT = 8;
  private static final int LONGEST = 460;

  /** One member's pair of bars. */
  record Bar(
      String member,
      int y,
      int allocatedWidth,
      int spentWidth,
      String allocatedLabel,
      String spentLabel) {

    public int nameY() {
      return y + 12;
    }

    public int allocatedY() {
      return y + 18;
    }

    public int spentY() {
      return y + 38;
    }

    public int allocatedTextX() {
      return LEFT + allocatedWidth + 8;
    }

    public int spentTextX() {
      return LEFT + spentWidth + 8;
    }
  }

  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  public int left() {
    return LEFT;
  }

  static BudgetChart of(CompositeReport report) {
    BigDecimal most = BigDecimal.ONE;
    for (CompositeReport.MemberBlock m : report.members()) {
      most = most.max(m.total().allocated()).max(m.total().spent());
    }
    List<Bar> bars = new ArrayList<>();
    int y = TOP;
    for (CompositeReport.MemberBlock m : report.members()) {
      Figures f = m.total();
      bars.add(
          new Bar(
              m.name(),
              y,
              length(f.allocated(), most),
              length(f.spent(), most),
              "Allocated " + f.allocatedText(),
              "Spent " + f.spentText() + " (" + f.spentPercentText() + ")"));
      y += ROW;
    }
    return new BudgetChart(
        WIDTH,
        y + 8,
        bars,
        "Allocated and spent for each of "
            + bars.size()
            + (bars.size() == 1 ? " member" : " members")
            + ": an outlined bar for the allocation and a solid bar for the spend, each labelled"
            + " with its amount. The table after the chart gives every figure.");
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
