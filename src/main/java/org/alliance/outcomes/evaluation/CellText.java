package org.alliance.outcomes.evaluation;

import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Rate;

/** Disclosed figures in words, one way on the page and in the PDF. */
final class CellText {

  static final String SUPPRESSED = "Not shown";

  private CellText() {}

  static String of(Cell cell) {
    return cell.isSuppressed() ? SUPPRESSED : Integer.toString(cell.shown());
  }

  static String of(Rate rate) {
    return switch (rate.status()) {
      case SHOWN, FROM_ROUNDED_FIGURES -> rate.percent().toPlainString() + "%";
      case SUPPRESSED -> "Not shown: too few people";
      case NO_DENOMINATOR -> "Nothing to count";
    };
  }
}
