package org.alliance.directory.duplicates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two records that are probably one service, and what an editor said of them.
 *
 * @param decision "same", "different", or null while it waits in the queue
 */
public record DuplicatePair(
    UUID id,
    Side first,
    Side second,
    double score,
    List<String> reasons,
    Instant foundAt,
    String decision,
    String decidedBy,
    Instant decidedAt) {

  /**
   * One record of the pair as the queue lists it.
   *
   * @param source "Alliance's editors" or the feed's name
   */
  public record Side(String id, String name, String organisation, String source, String status) {}

  public boolean waiting() {
    return decision == null;
  }

  public int percent() {
    return (int) Math.round(score * 100);
  }
}
