package org.alliance.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** One audit entry as the search shows it. Methods the template calls are public for SpEL. */
record AuditEvent(
    long id,
    Instant occurredAt,
    String username,
    String organisation,
    String action,
    String subjectType,
    String subjectId,
    UUID personId,
    String reason,
    String detail,
    String clientAddress) {

  private static final DateTimeFormatter ON_SCREEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(AuditFilter.UK);

  /** UK time, as people remember when they did something. */
  public String when() {
    return ON_SCREEN.format(occurredAt);
  }

  /** UK time with its offset, so a spreadsheet can still tell the two 01:30s of October apart. */
  String whenWithOffset() {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt.atZone(AuditFilter.UK));
  }

  public String subject() {
    if (subjectType == null) {
      return subjectId;
    }
    return subjectId == null ? subjectType : subjectType + " " + subjectId;
  }
}
