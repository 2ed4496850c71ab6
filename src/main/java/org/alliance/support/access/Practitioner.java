package org.alliance.support.access;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;

/**
 * The signed-in worker a decision is about: who they are and the member they work for. Built from
 * the session's user, never from anything a request sends.
 */
public record Practitioner(
    UUID userId, String username, String displayName, UUID memberId, String memberName, Kind kind) {

  /** What the user's roles let them do with people's records at all. */
  public enum Kind {
    /** Works with people: may open records they have a grant for. */
    CASE_WORKER,
    /** The data-protection lead: oversight of access and audit, never case notes. */
    DATA_PROTECTION_LEAD,
    /** A member's data lead: the member's national return, never a record or case notes. */
    DATA_LEAD,
    /** Every other role: sees nothing of this module. */
    NONE
  }

  public static Practitioner of(AllianceUser user) {
    Kind kind =
        user.hasRole(Role.PRACTITIONER)
            ? Kind.CASE_WORKER
            : user.hasRole(Role.DATA_PROTECTION_LEAD)
                ? Kind.DATA_PROTECTION_LEAD
                : user.hasRole(Role.DATA_LEAD) ? Kind.DATA_LEAD : Kind.NONE;
    return new Practitioner(
        user.userId(),
        user.username(),
        user.displayName(),
        user.organisationId(),
        user.organisationName(),
        kind);
  }
}
