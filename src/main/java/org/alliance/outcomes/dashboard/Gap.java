package org.alliance.outcomes.dashboard;

import java.math.BigDecimal;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.outcomes.indicator.Figures.Line;

/**
 * How far a group's rate is from everyone's, in percentage points, and whether that is better or
 * worse (the indicator says which way is better). Worked out from the rates as shown, so it says no
 * more than they do; withheld when either rate is.
 *
 * @param points the group's rate less everyone's, or null when withheld
 * @param worse whether the group fares worse than everyone
 */
record Gap(BigDecimal points, boolean worse, String words) {

  static Gap of(Line group, Line everyone, String better) {
    BigDecimal mine = shown(group);
    BigDecimal all = shown(everyone);
    if (mine == null || all == null) {
      return new Gap(null, false, "Gap withheld: a rate it is made from is");
    }
    BigDecimal points = mine.subtract(all);
    if (points.signum() == 0) {
      return new Gap(points, false, "The same as everyone");
    }
    boolean higher = points.signum() > 0;
    boolean worse = "higher".equals(better) != higher;
    return new Gap(
        points,
        worse,
        (worse ? "Worse" : "Better")
            + " by "
            + points.abs().toPlainString()
            + (points.abs().compareTo(BigDecimal.ONE) == 0 ? " point" : " points"));
  }

  private static BigDecimal shown(Line line) {
    if (line == null || line.rate() == null || line.rate().percent() == null) {
      return null;
    }
    Rate.Status status = line.rate().status();
    return status == Rate.Status.SHOWN || status == Rate.Status.FROM_ROUNDED_FIGURES
        ? line.rate().percent()
        : null;
  }
}
