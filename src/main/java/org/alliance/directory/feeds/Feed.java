package org.alliance.directory.feeds;

import java.time.Instant;
import java.util.UUID;

/**
 * A publisher's feed, as registered.
 *
 * @param everyHours how often it is pulled
 * @param lastPull the last pull's outcome and when it started, or null before the first
 */
public record Feed(
    UUID id,
    String name,
    String url,
    FeedFormat format,
    int everyHours,
    String addedBy,
    Instant addedAt,
    PullSummary lastPull) {}
