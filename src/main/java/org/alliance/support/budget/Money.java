package org.alliance.support.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.alliance.web.Sterling;

/**
 * Pounds and pence, read from what people type in one place and written one way. Amounts are {@link
 * BigDecimal} with two decimal places, as PostgreSQL's {@code numeric(12,2)} holds them: never a
 * {@code double}. Nothing here divides; anything that ever does must say {@link
 * RoundingMode#HALF_UP}.
 */
public final class Money {

  /** The most any amount may be: what {@code numeric(12,2)} is checked to hold. */
  public static final BigDecimal MAX = new BigDecimal("9999999.99");

  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2, RoundingMode.HALF_UP);

  // Either plain digits or digits grouped in threes with commas; at most two decimal places.
  private static final Pattern AMOUNT =
      Pattern.compile("(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]{0,2})?");
  private static final Pattern TOO_PRECISE =
      Pattern.compile("(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)\\.[0-9]{3,}");

  private Money() {}

  /** An amount typed into a form, or the reason it cannot be one. */
  public record Parsed(BigDecimal amount, String problem) {
    public boolean ok() {
      return amount != null;
    }
  }

  /**
   * Reads "£1,234.50", "1234.5", "1234" or " £ 12 ". Refuses a blank, a negative, more than two
   * decimal places, more than £9,999,999.99, zero (unless {@code zeroAllowed}) and anything else.
   *
   * @param what how the message names the amount ("the payment")
   */
  public static Parsed parse(String typed, String what, boolean zeroAllowed) {
    if (typed == null || typed.isBlank()) {
      return new Parsed(null, "Enter " + what + " in pounds and pence, like £12.50");
    }
    if (typed.length() > 30) {
      return new Parsed(null, capital(what) + " must be £9,999,999.99 or less");
    }
    String text = typed.strip().replace(" ", "");
    if (text.startsWith("-") || text.startsWith("£-") || text.startsWith("−")) {
      return new Parsed(null, capital(what) + " cannot be negative");
    }
    if (text.startsWith("£")) {
      text = text.substring(1);
    }
    if (TOO_PRECISE.matcher(text).matches()) {
      return new Parsed(null, capital(what) + " must be in pounds and pence, like £12.50");
    }
    if (!AMOUNT.matcher(text).matches()) {
      return new Parsed(null, "Enter " + what + " in pounds and pence, like £12.50");
    }
    String digits = text.replace(",", "");
    if (digits.endsWith(".")) {
      digits = digits.substring(0, digits.length() - 1);
    }
    String whole = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
    if (whole.replaceFirst("^0+", "").length() > 7) {
      return new Parsed(null, capital(what) + " must be £9,999,999.99 or less");
    }
    BigDecimal amount = new BigDecimal(digits).setScale(2, RoundingMode.UNNECESSARY);
    if (amount.compareTo(MAX) > 0) {
      return new Parsed(null, capital(what) + " must be £9,999,999.99 or less");
    }
    if (!zeroAllowed && amount.signum() == 0) {
      return new Parsed(null, capital(what) + " must be at least £0.01");
    }
    return new Parsed(amount, null);
  }

  /** "£1,234.50"; a negative amount "-£12.00". */
  public static String format(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    return Sterling.pounds(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** As a form shows it back: "1234.50", no symbol or commas. */
  public static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String capital(String what) {
    return Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}
