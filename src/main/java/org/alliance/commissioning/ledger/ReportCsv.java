package org.alliance.commissioning.ledger;

import java.io.IOException;
import java.io.Writer;
import org.alliance.commissioning.ledger.CompositeReport.LineRow;
import org.alliance.commissioning.ledger.CompositeReport.MemberBlock;
import org.alliance.commissioning.ledger.CompositeReport.MemberLine;
import org.alliance.web.SpreadsheetCsv;

/**
 * The composite report as CSV for a spreadsheet: one row per line, per member and line, per
 * member's total and for the alliance, amounts as numbers in pounds and pence ("1234.50", "-12.00":
 * numbers, so not defused as formulas) so a spreadsheet sums them exactly. Written through {@link
 * SpreadsheetCsv}, which defuses formulas.
 */
final class ReportCsv {

  static final String[] HEADER = {
    "Section",
    "Member",
    "Line",
    "Budget",
    "Allocated",
    "Not yet allocated",
    "Spent",
    "Remaining",
    "Spent % of allocated",
    "Flags"
  };

  private ReportCsv() {}

  static void write(CompositeReport report, Writer out) throws IOException {
    try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, HEADER)) {
      for (LineRow line : report.lines()) {
        row(csv, "Line", "", line.label(), line.figures());
      }
      for (MemberBlock member : report.members()) {
        for (MemberLine line : member.lines()) {
          row(csv, "Member and line", member.name(), line.lineName(), line.figures());
        }
        row(csv, "Member total", member.name(), "", member.total());
      }
      if (!report.wholeAlliance()) {
        row(csv, "Shown total", report.scopeName(), "", report.shown());
      }
      row(csv, "Alliance total", "", "", report.alliance());
      for (String note : report.notes()) {
        csv.row("Note", "", note, "", "", "", "", "", "", "");
      }
    }
  }

  private static void row(SpreadsheetCsv csv, String section, String member, String line, Figures f)
      throws IOException {
    csv.row(
        section,
        member,
        line,
        f.budget() == null ? "" : f.budget(),
        f.allocated(),
        f.budget() == null ? "" : f.unallocated(),
        f.spent(),
        f.remaining(),
        f.spentPercent() == null ? "n/a" : f.spentPercent(),
        f.flags());
  }
}
