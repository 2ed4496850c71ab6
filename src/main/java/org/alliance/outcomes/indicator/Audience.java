package org.alliance.outcomes.indicator;

import java.util.Optional;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;

/**
 * Whom figures are for: the one rule for who sees small numbers. People who work with the people
 * counted (a member's practitioners and its data lead) see their own member's figures as they are;
 * everyone else (commissioners, the leadership team, the alliance manager, other members, the
 * public) sees every figure through disclosure control.
 */
public record Audience(UUID ownMember) {

  /** Anyone who does not work with the people counted. */
  public static final Audience EVERYONE_ELSE = new Audience(null);

  public static Audience of(AllianceUser user) {
    if (user != null
        && user.organisationId() != null
        && (user.hasRole(Role.PRACTITIONER) || user.hasRole(Role.DATA_LEAD))) {
      return new Audience(user.organisationId());
    }
    return EVERYONE_ELSE;
  }

  /** The member whose figures this audience may see unsuppressed, if any. */
  public Optional<UUID> member() {
    return Optional.ofNullable(ownMember);
  }
}
