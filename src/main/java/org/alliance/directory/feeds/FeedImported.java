package org.alliance.directory.feeds;

import java.util.UUID;

/** Published after a pull's import has committed: the directory now holds what the feed gave. */
public record FeedImported(UUID feedId, UUID pullId) {}
