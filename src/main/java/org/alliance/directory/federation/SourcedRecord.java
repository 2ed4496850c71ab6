package org.alliance.directory.federation;

import java.time.Instant;
import java.util.Map;

/**
 * One record of a service as its source gave it: the fields that linked records merge, and who said
 * them.
 *
 * @param feed the feed it came from, or null for Alliance's own editors' record
 * @param checked when its source last said it: the feed's last pull that gave it, or the record's
 *     last change for Alliance's own
 * @param fields the mergeable fields ({@link FieldByField#FIELDS}) that are not blank
 */
public record SourcedRecord(
    String id, String name, String feed, Instant checked, Map<String, Object> fields) {

  public boolean own() {
    return feed == null;
  }

  /** Who said it, in words for a page. */
  public String source() {
    return own() ? "Alliance's editors" : feed;
  }
}
