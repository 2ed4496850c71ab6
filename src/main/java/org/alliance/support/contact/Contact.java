package org.alliance.support.contact;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.SensitivityLabel;

/** A contact or appointment as the viewer may see it. */
public record Contact(
    UUID id,
    UUID personId,
    String member,
    String worker,
    ContactMode mode,
    Instant happensAt,
    Outcome outcome,
    SensitivityLabel label,
    String summary,
    int version) {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(PersonAccess.UK);

  public boolean planned() {
    return outcome == null;
  }

  public String when() {
    return WHEN.format(happensAt);
  }

  public String outcomeLabel() {
    return outcome == null ? "Booked, no outcome yet" : outcome.label();
  }
}
