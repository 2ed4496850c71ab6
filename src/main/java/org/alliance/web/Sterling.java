package org.alliance.web;

import java.math.BigDecimal;

/**
 * Money as people read it: "£5,394,200.00", "-£12.00", "5,394". Callers round first, each by its
 * own rule (a ledger's amounts are already pence, a split's shares are rounded as councils say);
 * this only writes the digits out. Written by hand because a {@code DecimalFormat} is not safe to
 * share between threads and making one per figure was a visible share of a large report's time.
 */
public final class Sterling {

  private Sterling() {}

  /** An amount already at its scale, with a pound sign: "£1,234.50", "-£12.00". */
  public static String pounds(BigDecimal amount) {
    return (amount.signum() < 0 ? "-£" : "£") + grouped(amount.abs());
  }

  /**
   * A non-negative or negative amount's digits in groups of three, its decimals as they are:
   * "1,234.50", "-5,394", "0.5".
   */
  public static String grouped(BigDecimal amount) {
    String plain = amount.abs().toPlainString();
    int point = plain.indexOf('.');
    int whole = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + whole / 3 + 1);
    if (amount.signum() < 0) {
      out.append('-');
    }
    for (int i = 0; i < whole; i++) {
      if (i > 0 && (whole - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, whole, plain.length()).toString();
  }
}
