package org.alliance.directory.feedback;

import java.time.Instant;
import java.util.UUID;

/** A visitor's report that a service's entry is wrong, as its editors see it. */
record ProblemReport(
    UUID id,
    String serviceId,
    String serviceName,
    String organizationName,
    String whatIsWrong,
    String reporterEmail,
    Instant reportedAt) {}
