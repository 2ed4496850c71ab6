package org.alliance.needs.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A value with its confidence interval, in the indicator's own unit (a rate per 100,000, or a
 * percentage).
 *
 * @param method how the interval was computed, as the page states it
 */
public record Interval(double value, double lower, double upper, String method) {

  /** A value with no interval: neither a count and denominator nor published limits. */
  public static Interval without(double value) {
    return new Interval(value, Double.NaN, Double.NaN, "no interval given");
  }

  public boolean hasLimits() {
    return !Double.isNaN(lower) && !Double.isNaN(upper);
  }

  /** The value and its limits to so many decimal places, half up, for a page or a table. */
  public String shown(int decimals) {
    if (!hasLimits()) {
      return round(value, decimals);
    }
    return round(value, decimals)
        + " ("
        + round(lower, decimals)
        + " to "
        + round(upper, decimals)
        + ")";
  }

  /** A number to so many decimal places, half up, as the page shows figures. */
  public static String round(double number, int decimals) {
    return BigDecimal.valueOf(number).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
