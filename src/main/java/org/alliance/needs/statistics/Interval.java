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

  /** The value and its limits to so many decimal places, half up, for a page or a table. */
  public String shown(int decimals) {
    return round(value, decimals)
        + " ("
        + round(lower, decimals)
        + " to "
        + round(upper, decimals)
        + ")";
  }

  static String round(double number, int decimals) {
    return BigDecimal.valueOf(number).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
