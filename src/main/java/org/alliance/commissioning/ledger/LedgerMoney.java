package org.alliance.commissioning.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.alliance.web.Sterling;

/**
 * Pounds and pence for the ledger, read from what people type and written one way on every page,
 * CSV and PDF, so the three agree to the penny. Amounts are exact ({@link BigDecimal}, scale 2, as
 * {@code numeric(14,2)} holds them). The only division is a percentage, rounded half up to one
 * decimal place.
 */
final class LedgerMoney {

  /**
   * The most one entry may be: far above any alliance's budget, far below numeric(14,2)'s limit.
   */
  static final BigDecimal MAX = new BigDecimal("999999999.99");

  static final BigDecimal ZERO = new BigDecimal("0.00");

  private static final BigDecimal HUNDRED = new BigDecimal(100);

  // Plain digits or digits grouped in threes with commas, then at most two decimal places.
  private static final Pattern AMOUNT =
      Pattern.compile("(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]{1,2})?");
  private static final Pattern TOO_PRECISE =
      Pattern.compile("(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)\\.[0-9]{3,}");

  private LedgerMoney() {}

  /** An amount as typed, or the reason it is not one. */
  record Parsed(BigDecimal amount, String problem) {
    boolean ok() {
      return amount != null;
    }
  }

  /**
   * Reads "£1,234.50", "1234.5" or "1234"; with {@code signed}, also "-12.00" or "-£12.00" (a
   * correction). Refuses blanks, zero, more than two decimal places, more than {@link #MAX} and
   * anything else, with a message naming {@code what}.
   */
  static Parsed parse(String typed, String what, boolean signed) {
    String example = signed ? ", like 12.50 or -12.50" : ", like 12.50";
    if (typed == null || typed.isBlank()) {
      return new Parsed(null, "Enter " + what + " in pounds and pence" + example);
    }
    if (typed.length() > 40) {
      return new Parsed(null, capital(what) + " must be £999,999,999.99 or less");
    }
    String text = typed.strip().replace(" ", "").replace('−', '-');
    boolean negative = false;
    if (text.startsWith("-")) {
      negative = true;
      text = text.substring(1);
    } else if (text.startsWith("£-")) {
      negative = true;
      text = text.substring(2);
    }
    if (text.startsWith("£")) {
      text = text.substring(1);
    }
    if (negative && !signed) {
      return new Parsed(
          null,
          capital(what)
              + " cannot be negative: to take money off an entry, add a correction to it");
    }
    if (TOO_PRECISE.matcher(text).matches()) {
      return new Parsed(
          null, capital(what) + " must be in pounds and pence, at most 2 decimal places");
    }
    if (!AMOUNT.matcher(text).matches()) {
      return new Parsed(null, "Enter " + what + " in pounds and pence" + example);
    }
    String digits = text.replace(",", "");
    String whole = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
    if (whole.replaceFirst("^0+", "").length() > 9) {
      return new Parsed(null, capital(what) + " must be £999,999,999.99 or less");
    }
    BigDecimal amount = new BigDecimal(digits).setScale(2, RoundingMode.UNNECESSARY);
    if (amount.signum() == 0) {
      return new Parsed(null, capital(what) + " cannot be £0.00");
    }
    return new Parsed(negative ? amount.negate() : amount, null);
  }

  /** "£1,234.50"; negative "-£12.00"; null as empty. */
  static String format(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    return Sterling.pounds(amount.setScale(2, RoundingMode.UNNECESSARY));
  }

  /** As a spreadsheet reads it: "1234.50", "-12.00", no symbol or commas. */
  static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  /**
   * {@code part} as a percentage of {@code whole}, rounded half up to one decimal place (12.25% is
   * 12.3%), the way the alliance's finance leads round; null when the whole is zero.
   */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }

  /** "12.3%", or "n/a" when there is nothing to be a percentage of. */
  static String percentText(BigDecimal percent) {
    return percent == null ? "n/a" : percent.toPlainString() + "%";
  }

  private static String capital(String what) {
    return Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}
