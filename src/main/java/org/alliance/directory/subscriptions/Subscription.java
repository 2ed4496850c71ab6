package org.alliance.directory.subscriptions;

import java.time.Instant;
import java.util.UUID;

/** A subscriber's address, and how its notices stand. */
record Subscription(
    UUID id,
    String url,
    String description,
    String addedBy,
    Instant addedAt,
    long delivered,
    long waiting,
    long givenUp) {}
