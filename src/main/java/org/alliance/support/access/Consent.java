package org.alliance.support.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's answer about sharing their record across the alliance.
 *
 * @param members the members it covers; empty means every member
 * @param parts the sensitive labels it lets other members see (general entries always)
 */
public record Consent(
    UUID id,
    ConsentState state,
    List<UUID> members,
    List<SensitivityLabel> parts,
    LocalDate givenOn,
    LocalDate expiresOn,
    String recordedBy,
    String recordedByMember,
    Instant recordedAt,
    String note) {

  public boolean everyMember() {
    return members.isEmpty();
  }

  public boolean expiredOn(LocalDate day) {
    return expiresOn != null && expiresOn.isBefore(day);
  }

  /** Whether, on this day, the person has agreed to share their record with this member. */
  public boolean covers(UUID member, LocalDate day) {
    return state == ConsentState.GIVEN
        && !expiredOn(day)
        && (members.isEmpty() || members.contains(member));
  }
}
