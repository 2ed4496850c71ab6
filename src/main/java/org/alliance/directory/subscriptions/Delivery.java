package org.alliance.directory.subscriptions;

import java.time.Instant;

/**
 * One notice to one subscriber, as the log shows it.
 *
 * @param lastStatus the subscriber's last HTTP status, or null when it could not be reached
 */
record Delivery(
    long id,
    long changeSeq,
    String resourceType,
    String resourceId,
    Instant changedAt,
    int attempts,
    Instant nextAttemptAt,
    Instant deliveredAt,
    Instant givenUpAt,
    Integer lastStatus,
    String lastError) {

  /** Where the notice stands, in words. */
  public String state() {
    if (deliveredAt != null) {
      return "Delivered";
    }
    if (givenUpAt != null) {
      return "Given up";
    }
    return attempts == 0 ? "Waiting" : "Retrying";
  }
}
