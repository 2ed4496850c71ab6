package org.alliance.directory.feeds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The directory's ids for a feed's records: the same source id in the same feed is always the same
 * id here, so a later pull updates what an earlier one added, and two feeds that both use id "1"
 * never collide with each other or with Alliance's own entries.
 */
record FeedIds(UUID feedId) {

  /** The id of the feed's object of this type with this source id. */
  String of(String type, String sourceId) {
    return UUID.nameUUIDFromBytes(
            (feedId + "|" + type + "|" + sourceId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
