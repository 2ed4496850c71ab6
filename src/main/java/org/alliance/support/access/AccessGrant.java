package org.alliance.support.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A grant as the record's access page shows it.
 *
 * @param member the member it names (its whole team, or the member of the user it names)
 * @param user the worker it names, if it names one
 */
public record AccessGrant(
    UUID id,
    GrantKind kind,
    GrantStatus status,
    UUID memberId,
    String member,
    UUID userId,
    String user,
    List<SensitivityLabel> labels,
    Instant startsAt,
    Instant endsAt,
    String reason,
    String requestedBy,
    String decidedBy,
    String decisionNote,
    String reviewedBy,
    Instant reviewedAt,
    String reviewNote) {

  public boolean inForceAt(Instant now) {
    return status == GrantStatus.ACTIVE
        && !startsAt.isAfter(now)
        && (endsAt == null || endsAt.isAfter(now));
  }

  public boolean expiredAt(Instant now) {
    return status == GrantStatus.ACTIVE && endsAt != null && !endsAt.isAfter(now);
  }

  public boolean requested() {
    return status == GrantStatus.REQUESTED;
  }

  public String labelNames() {
    return labels.isEmpty()
        ? "General entries only"
        : "General entries and "
            + String.join(", ", labels.stream().map(SensitivityLabel::label).toList());
  }
}
