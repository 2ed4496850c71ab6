package org.alliance.commissioning.ledger;

import java.util.List;
import java.util.UUID;

/**
 * The composite financial report the alliance manager presents to the leadership team: the year's
 * figures by line and by member and line, with the alliance's totals. The page, the CSV and the PDF
 * are all written from one of these, so they cannot disagree.
 *
 * @param wholeAlliance whether every member is shown (the open book); a finance lead's report holds
 *     their own member only, beside the alliance's totals
 * @param lines by line, the whole alliance's figures; empty for a finance lead
 * @param members by member, each line's figures and the member's total
 * @param shown the total of what is shown
 * @param alliance the whole alliance's total
 * @param notes figures that are not available, and why (suppressed ISF returns)
 */
record CompositeReport(
    FinancialYear year,
    boolean hasBudget,
    boolean wholeAlliance,
    String scopeName,
    List<LineRow> lines,
    List<MemberBlock> members,
    Figures shown,
    Figures alliance,
    List<String> notes) {

  record LineRow(UUID lineId, String name, boolean ringFenced, boolean isf, Figures figures) {
    public String label() {
      return name + (ringFenced ? " (ring-fenced)" : "");
    }
  }

  record MemberLine(UUID lineId, String lineName, Figures figures) {}

  record MemberBlock(UUID memberId, String name, List<MemberLine> lines, Figures total) {}
}
