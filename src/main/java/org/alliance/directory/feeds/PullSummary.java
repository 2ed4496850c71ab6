package org.alliance.directory.feeds;

import java.time.Instant;
import java.util.UUID;

/**
 * What one pull did.
 *
 * @param outcome {@code running}, {@code imported}, {@code unchanged} or {@code failed}
 * @param records the records the feed gave
 * @param imported the records taken into the directory (new, changed and unchanged alike)
 * @param skipped the records left out, each with its reason in the report
 * @param repaired the records taken after one or more repairs
 * @param gone the feed's records from earlier pulls it no longer gives, kept until reviewed
 * @param summary one line on what happened, such as why it failed
 */
public record PullSummary(
    UUID id,
    UUID feedId,
    Instant startedAt,
    Instant finishedAt,
    String outcome,
    int pages,
    int records,
    int imported,
    int skipped,
    int repaired,
    int gone,
    String summary) {

  /** The pull as one line for a terminal or a table. */
  public String line() {
    return switch (outcome) {
      case "imported" ->
          "%d pages, %d records: %d taken (%d after repairs), %d skipped, %d gone from the feed"
              .formatted(pages, records, imported, repaired, skipped, gone);
      case "unchanged" -> "unchanged since the last pull (the publisher said so)";
      case "failed" -> "failed, nothing changed: " + summary;
      default -> "running since " + startedAt;
    };
  }
}
