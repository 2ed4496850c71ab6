package org.alliance.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * One thing to record: an action on a subject, with the person it concerns and a reason where the
 * action needs one.
 *
 * @param action what happened, as a dotted verb such as {@code user.created}
 * @param subjectType the kind of thing acted on, such as {@code user} or {@code person}
 * @param subjectId its identifier
 * @param personId the supported person the action concerns, if any
 * @param reason why, where the action requires a reason
 * @param detail a short, non-sensitive note (never the changed data itself)
 */
public record AuditEntry(
    String action,
    String subjectType,
    String subjectId,
    UUID personId,
    String reason,
    String detail) {

  public AuditEntry {
    Objects.requireNonNull(action, "action");
    if (action.isBlank()) {
      throw new IllegalArgumentException("An audit entry needs an action");
    }
  }

  public static AuditEntry of(String action, String subjectType, Object subjectId) {
    return new AuditEntry(
        action, subjectType, subjectId == null ? null : subjectId.toString(), null, null, null);
  }

  public AuditEntry withReason(String why) {
    return new AuditEntry(action, subjectType, subjectId, personId, why, detail);
  }

  public AuditEntry withDetail(String note) {
    return new AuditEntry(action, subjectType, subjectId, personId, reason, note);
  }

  public AuditEntry concerning(UUID person) {
    return new AuditEntry(action, subjectType, subjectId, person, reason, detail);
  }
}
