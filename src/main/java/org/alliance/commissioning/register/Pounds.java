package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.alliance.web.Sterling;

/**
 * The register's money as people type and read it: pounds and pence, as {@code numeric(14,2)} holds
 * them, never a double; and percentages as {@code numeric(7,4)} holds them.
 */
public final class Pounds {

  /** The most {@code numeric(14,2)} holds. */
  public static final BigDecimal MAX = new BigDecimal("999999999999.99");

  private static final Pattern AMOUNT =
      Pattern.compile("(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]{1,2})?");
  private static final Pattern PERCENT = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,4})?");

  private Pounds() {}

  /** An amount typed, or why it is not one. */
  public record Parsed(BigDecimal amount, String problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  /**
   * Reads "£5,394,200.00", "300000" or "0.50"; zero is allowed, negatives and pence beyond two are
   * not.
   */
  public static Parsed parse(String typed, String what) {
    if (typed == null || typed.isBlank()) {
      return new Parsed(null, "Enter " + what + " in pounds and pence, like £300,000.00");
    }
    String text = typed.strip().replace(" ", "");
    if (text.startsWith("£")) {
      text = text.substring(1);
    }
    if (text.startsWith("-") || text.startsWith("−")) {
      return new Parsed(null, capital(what) + " cannot be negative");
    }
    if (text.length() > 24 || !AMOUNT.matcher(text).matches()) {
      return new Parsed(
          null,
          text.matches("[0-9,]+\\.[0-9]{3,}")
              ? capital(what) + " must be in pounds and pence, like £300,000.00"
              : "Enter " + what + " in pounds and pence, like £300,000.00");
    }
    BigDecimal amount = new BigDecimal(text.replace(",", "")).setScale(2, RoundingMode.UNNECESSARY);
    if (amount.compareTo(MAX) > 0) {
      return new Parsed(null, capital(what) + " must be £999,999,999,999.99 or less");
    }
    return new Parsed(amount, null);
  }

  /** Reads "48.6" or "48.6%": more than 0, at most 100, up to four decimal places. */
  public static Parsed percent(String typed, String what) {
    if (typed == null || typed.isBlank()) {
      return new Parsed(null, null);
    }
    String text = typed.strip().replace(" ", "");
    if (text.endsWith("%")) {
      text = text.substring(0, text.length() - 1);
    }
    if (!PERCENT.matcher(text).matches()) {
      return new Parsed(
          null, capital(what) + " must be a percentage up to 100 with up to four decimal places");
    }
    BigDecimal percent = new BigDecimal(text);
    if (percent.signum() <= 0 || percent.compareTo(Split.HUNDRED) > 0) {
      return new Parsed(null, capital(what) + " must be more than 0% and at most 100%");
    }
    return new Parsed(percent, null);
  }

  /** "£5,394,200.00". */
  public static String format(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    return Sterling.pounds(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** A published figure, a whole number of units: "5,394". */
  public static String figure(BigDecimal units) {
    if (units == null) {
      return "";
    }
    return Sterling.grouped(units.setScale(0, RoundingMode.HALF_EVEN));
  }

  /** "48.6%". */
  public static String percentText(BigDecimal percent) {
    return percent == null ? "" : percent.stripTrailingZeros().toPlainString() + "%";
  }

  /** As a form shows it back: "5394200.00". */
  public static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String capital(String what) {
    return Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}
