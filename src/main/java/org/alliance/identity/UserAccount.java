package org.alliance.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as administrators see them: no password hash, no second-factor secret. */
public record UserAccount(
    UUID id,
    String username,
    String displayName,
    String email,
    UUID organisationId,
    String organisationName,
    Set<Role> roles,
    boolean enabled,
    int failedSignIns,
    Instant lockedUntil,
    boolean twoFactorEnabled,
    Instant lastSignedInAt,
    int version) {

  UserAccount withOrganisationName(String name) {
    return new UserAccount(
        id,
        username,
        displayName,
        email,
        organisationId,
        name,
        roles,
        enabled,
        failedSignIns,
        lockedUntil,
        twoFactorEnabled,
        lastSignedInAt,
        version);
  }

  public boolean locked() {
    return lockedUntil != null && lockedUntil.isAfter(Instant.now());
  }
}
