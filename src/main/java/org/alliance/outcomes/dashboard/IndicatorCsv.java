package org.alliance.outcomes.dashboard;

import java.io.IOException;
import java.io.Writer;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.outcomes.indicator.Figures;
import org.alliance.outcomes.indicator.Figures.Line;
import org.alliance.web.SpreadsheetCsv;

/**
 * An indicator's figures as CSV for a spreadsheet: one row per period and group, as the drill-down
 * shows them. A withheld figure is an empty cell with its status beside it ("suppressed", one word
 * for both kinds, as the API says it), never a number. Written through {@link SpreadsheetCsv},
 * which defuses would-be formulas (a member's name is text someone typed).
 */
final class IndicatorCsv {

  static final String[] HEADER = {
    "Indicator",
    "Version",
    "Period",
    "Breakdown",
    "Group",
    "Numerator",
    "Numerator status",
    "Denominator",
    "Denominator status",
    "Rate %",
    "Rate status"
  };

  private IndicatorCsv() {}

  static void write(Figures figures, Writer out) throws IOException {
    try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, HEADER)) {
      for (Line line : figures.lines()) {
        csv.row(
            figures.definition().code(),
            figures.definition().version(),
            line.period() == null ? "All periods" : line.period(),
            figures.by().code(),
            line.group() == null ? "Everyone" : GroupNames.of(figures.by(), line),
            value(line.numerator()),
            status(line.numerator()),
            value(line.denominator()),
            status(line.denominator()),
            line.rate().percent() == null ? "" : line.rate().percent(),
            status(line.rate()));
      }
    }
  }

  private static Object value(Cell cell) {
    return cell.isSuppressed() ? "" : cell.shown();
  }

  private static String status(Cell cell) {
    if (cell.isSuppressed()) {
      return "suppressed";
    }
    return switch (cell.reason()) {
      case ROUNDED -> "rounded";
      default -> "shown";
    };
  }

  private static String status(Rate rate) {
    return switch (rate.status()) {
      case SHOWN -> "shown";
      case FROM_ROUNDED_FIGURES -> "from-rounded-figures";
      case SUPPRESSED -> "suppressed";
      case NO_DENOMINATOR -> "no-denominator";
    };
  }
}
