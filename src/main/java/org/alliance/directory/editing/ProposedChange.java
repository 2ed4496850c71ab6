package org.alliance.directory.editing;

import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change to one service that an editor has proposed: the whole document they want published and
 * the published document they started from (none for a new service).
 */
record ProposedChange(
    UUID id,
    String serviceId,
    ObjectNode base,
    ObjectNode proposed,
    String reason,
    String state,
    UUID proposedBy,
    String proposedByName,
    UUID proposerOrganisation,
    OffsetDateTime proposedAt,
    String decidedByName,
    OffsetDateTime decidedAt,
    String decisionNote,
    int version) {

  static final String PENDING = "pending";
  static final String PUBLISHED = "published";
  static final String REJECTED = "rejected";
  static final String WITHDRAWN = "withdrawn";

  public boolean pending() {
    return PENDING.equals(state);
  }

  public boolean addsService() {
    return base == null;
  }

  public String serviceName() {
    return proposed.path("name").asString("(no name)");
  }

  /** What the approver and the proposer call this state. */
  public String stateLabel() {
    return switch (state) {
      case PENDING -> "Waiting for approval";
      case PUBLISHED -> "Published";
      case REJECTED -> "Not approved";
      default -> "Withdrawn";
    };
  }

  /** The GOV.UK tag colour for the state. */
  public String stateColour() {
    return switch (state) {
      case PENDING -> "govuk-tag--blue";
      case PUBLISHED -> "govuk-tag--green";
      case REJECTED -> "govuk-tag--red";
      default -> "govuk-tag--grey";
    };
  }

  boolean proposedBy(UUID user) {
    return proposedBy.equals(user);
  }
}
