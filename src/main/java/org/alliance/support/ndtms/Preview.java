package org.alliance.support.ndtms;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * What the data lead sees before downloading a month's return: how many rows, which would be
 * rejected and why (each with a link to the part of the record to put right), and the month's
 * completions as a local estimate.
 */
record Preview(
    YearMonth month,
    String dataset,
    String agency,
    long rows,
    long rejected,
    List<Rejected> shown,
    long inferredDischarges,
    Completions.Tally completions) {

  /** At most this many rejected rows are listed on the page; the command lists every one. */
  static final int SHOWN = 1000;

  record Rejected(UUID clientId, UUID episodeId, UUID modalityId, List<Link> problems) {}

  record Link(String text, String href, String fixes) {}

  public boolean truncated() {
    return rejected > shown.size();
  }

  public String monthName() {
    return month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy"));
  }
}
