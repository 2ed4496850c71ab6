package org.alliance.support.trusted;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;

/** The worker a person chose to lead their support: waiting until their member accepts. */
public record TrustedIndividual(
    UUID id,
    UUID userId,
    String name,
    UUID memberId,
    String member,
    Instant chosenAt,
    Instant acceptedAt,
    String acceptedBy,
    Instant endedAt) {

  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(PersonAccess.UK);

  public boolean waiting() {
    return acceptedAt == null && endedAt == null;
  }

  public boolean current() {
    return endedAt == null;
  }

  public String chosen() {
    return DAY.format(chosenAt);
  }

  public String accepted() {
    return acceptedAt == null ? "" : DAY.format(acceptedAt);
  }

  public String ended() {
    return endedAt == null ? "" : DAY.format(endedAt);
  }
}
