package org.alliance.identity;

import java.util.Set;
import java.util.UUID;

/** What is needed to create a user; the password is plain text here and hashed on the way in. */
public record NewUser(
    String username,
    String displayName,
    String email,
    UUID organisationId,
    Set<Role> roles,
    String password) {}
