package org.alliance.identity;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.audit.AuditActor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person who signs in, as Spring Security holds them. Stored in the session (serialised), so it
 * carries no secrets once sign-in is over.
 */
public final class AllianceUser implements UserDetails, CredentialsContainer, AuditActor {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID id;
  private final String username;
  private final String displayName;
  private final UUID organisationId;
  private final String organisationName;
  private final Set<Role> roles;
  private final boolean enabled;
  private final Instant lockedUntil;
  private final boolean twoFactorEnabled;
  private String passwordHash;

  AllianceUser(
      UUID id,
      String username,
      String displayName,
      UUID organisationId,
      String organisationName,
      Set<Role> roles,
      boolean enabled,
      Instant lockedUntil,
      boolean twoFactorEnabled,
      String passwordHash) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.organisationId = organisationId;
    this.organisationName = organisationName;
    this.roles = Set.copyOf(roles);
    this.enabled = enabled;
    this.lockedUntil = lockedUntil;
    this.twoFactorEnabled = twoFactorEnabled;
    this.passwordHash = passwordHash;
  }

  @Override
  public UUID userId() {
    return id;
  }

  @Override
  public String username() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String displayName() {
    return displayName;
  }

  @Override
  public UUID organisationId() {
    return organisationId;
  }

  @Override
  public String organisationName() {
    return organisationName;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean twoFactorEnabled() {
    return twoFactorEnabled;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities = new java.util.ArrayList<>();
    for (Role role : Role.values()) {
      if (roles.contains(role)) {
        authorities.add(new SimpleGrantedAuthority(role.authority()));
      }
    }
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return lockedUntil == null || lockedUntil.isBefore(Instant.now());
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AllianceUser user && user.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "AllianceUser[" + username + "]";
  }
}
