package org.alliance.directory.editing;

import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** One published state of a service, numbered from 1. */
record ServiceVersion(
    String serviceId,
    int number,
    ObjectNode document,
    OffsetDateTime recordedAt,
    String source,
    UUID changeId,
    String publishedByName,
    String approvedByName,
    String reason) {

  public boolean fromImport() {
    return "import".equals(source);
  }
}
