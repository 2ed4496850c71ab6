package org.alliance.directory.duplicates;

import java.util.Set;

/**
 * A service as the duplicate matcher compares it: its name and organisation as words, and the
 * contact points two records of one service share.
 *
 * @param feed the feed it came from, or null for Alliance's own
 * @param nameWords the name's words, normalised ({@link Resemblance#words}), sorted
 * @param postcodes postcodes of its places that are not hidden: a refuge's postcode is never a
 *     reason an editor is shown
 */
record MatchRecord(
    String id,
    String feed,
    String nameWords,
    String organisationWords,
    Set<String> phones,
    Set<String> websites,
    Set<String> emails,
    Set<String> postcodes) {

  boolean own() {
    return feed == null;
  }

  /**
   * Whether a pair of these is for the queue: at least one from a feed, and not both from the same
   * feed (a publisher's own repeats are theirs to tidy; two of Alliance's own entries are on the
   * coverage page's list).
   */
  boolean mayPairWith(MatchRecord other) {
    if (own() && other.own()) {
      return false;
    }
    return own() || other.own() || !feed.equals(other.feed);
  }
}
