package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a published table rounds money, as councils' finance teams print it: figures in units of
 * {@code unit} pounds (1000 for "£000"), each non-host council's figure rounded with {@code mode},
 * and the two choices a spreadsheet hides. Set with {@code alliance.commissioning.rounding.*}.
 *
 * @param hostTakesRemainder the host council's figure is the row's rounded total less the other
 *     councils' rounded figures, so each row adds up; otherwise the host's figure is rounded like
 *     the others' and a row may be a unit out
 * @param totalsAddRoundedFigures a column's total is the sum of the rounded figures above it, so
 *     the column adds up; otherwise it is the column's exact total, rounded
 */
public record RoundingRule(
    BigDecimal unit,
    RoundingMode mode,
    boolean hostTakesRemainder,
    boolean totalsAddRoundedFigures) {

  public static final RoundingRule PUBLISHED =
      new RoundingRule(new BigDecimal("1000"), RoundingMode.HALF_UP, true, true);

  public RoundingRule {
    if (unit == null || unit.signum() <= 0) {
      throw new IllegalArgumentException("alliance.commissioning.rounding.unit must be positive");
    }
    if (mode == null || mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException(
          "alliance.commissioning.rounding.mode must be a rounding mode that rounds, like HALF_UP");
    }
  }

  /** An amount in pounds in this rule's units, rounded to a whole unit. */
  public BigDecimal round(BigDecimal pounds) {
    // divide(divisor, scale, mode) rounds the exact quotient once, whatever the unit.
    return pounds.divide(unit, 0, mode);
  }

  /** What a column's heading says the figures are in: "£000", "£" or "units of £250". */
  public String unitLabel() {
    if (unit.compareTo(new BigDecimal("1000")) == 0) {
      return "£000";
    }
    if (unit.compareTo(new BigDecimal("1000000")) == 0) {
      return "£m";
    }
    if (unit.compareTo(BigDecimal.ONE) == 0) {
      return "£";
    }
    return "units of " + pounds(unit);
  }

  /** The rule in words, printed under every table that uses it. */
  public String inWords() {
    String nearest = "nearest " + pounds(unit);
    StringBuilder words =
        new StringBuilder("Figures are in " + unitLabel() + ". ")
            .append("Each council's figure is its percentage of the value, rounded ")
            .append(modeWords())
            .append(" to the ")
            .append(nearest);
    if (hostTakesRemainder) {
      words.append(
          ", except the host council's, which is the row's rounded total less the other councils'"
              + " rounded figures, so every row adds up.");
    } else {
      words.append(", the host council's too, so a row may be a unit out from its total.");
    }
    if (totalsAddRoundedFigures) {
      words.append(" Column totals add the rounded figures in the column.");
    } else {
      words.append(
          " Column totals are the column's exact total rounded the same way, so a column may be a"
              + " unit out from its figures.");
    }
    words.append(" Exact shares to the penny are on each contract's page.");
    return words.toString();
  }

  private String modeWords() {
    return switch (mode) {
      case HALF_UP -> "half up";
      case HALF_DOWN -> "half down";
      case HALF_EVEN -> "half to even (banker's rounding)";
      case UP -> "up, away from zero,";
      case DOWN -> "down, towards zero,";
      case CEILING -> "up";
      case FLOOR -> "down";
      default -> mode.name();
    };
  }

  private static String pounds(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
    return "£" + format.format(amount);
  }
}
