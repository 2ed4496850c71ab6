package org.alliance.outcomes.dashboard;

import java.text.NumberFormat;
import java.util.Locale;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Rate;

/**
 * How a disclosed figure is written on the pages, with the shorthand the ONS uses in its tables:
 * one and the same {@code [c]} for every withheld count, whichever kind of suppression withheld it
 * (a reader who could tell them apart would learn more than they should), {@code [z]} where there
 * is nothing to work a rate out from, and {@code [rd]} beside a figure rounded to protect the
 * people counted. The pages' legend explains each.
 */
final class Marks {

  static final String WITHHELD = "[c]";
  static final String NOT_APPLICABLE = "[z]";
  static final String ROUNDED = "[rd]";

  private Marks() {}

  static String count(Cell cell) {
    if (cell == null || cell.isSuppressed()) {
      return WITHHELD;
    }
    String number = NumberFormat.getIntegerInstance(Locale.UK).format(cell.shown());
    return switch (cell.reason()) {
      case ROUNDED -> number + " " + ROUNDED;
      default -> number;
    };
  }

  static String rate(Rate rate) {
    if (rate == null) {
      return WITHHELD;
    }
    return switch (rate.status()) {
      case SHOWN -> rate.percent().toPlainString() + "%";
      case FROM_ROUNDED_FIGURES -> rate.percent().toPlainString() + "% " + ROUNDED;
      case SUPPRESSED -> WITHHELD;
      case NO_DENOMINATOR -> NOT_APPLICABLE;
    };
  }

  /** Why a rate is not shown, in words, or null when it is. */
  static String rateReason(Rate rate) {
    if (rate == null) {
      return "withheld";
    }
    return switch (rate.status()) {
      case SUPPRESSED -> "withheld: a count it is made from is withheld";
      case NO_DENOMINATOR -> "no rate: nothing to count it against in this period";
      default -> null;
    };
  }
}
