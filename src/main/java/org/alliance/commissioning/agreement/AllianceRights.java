package org.alliance.commissioning.agreement;

import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;

/**
 * Who may do what to the agreement and the decisions log, in one place (the routes already admit
 * only the alliance manager, the leadership team and the commissioner). The alliance manager keeps
 * the agreement and the log; the leadership team proposes and votes, each member only in their own
 * place; the commissioner, as owner, reads. Whose place a vote is for is decided by {@link
 * Decisions#vote}, with this.
 */
record AllianceRights(boolean manager, boolean leadership) {

  static AllianceRights of(AllianceUser user) {
    return new AllianceRights(user.hasRole(Role.ALLIANCE_MANAGER), user.hasRole(Role.LEADERSHIP));
  }

  public boolean mayEditAgreement() {
    return manager;
  }

  public boolean mayPropose() {
    return manager || leadership;
  }

  public boolean mayClose() {
    return manager;
  }

  /** Votes given at a meeting, recorded on a named member's behalf. */
  public boolean mayRecordVotesGivenAtMeetings() {
    return manager;
  }

  /** Whether they may vote in their own place on the leadership team, if they hold one. */
  public boolean mayVoteInOwnPlace() {
    return leadership;
  }

  void requireEditAgreement() {
    if (!mayEditAgreement()) {
      throw new NotAllowed();
    }
  }

  void requirePropose() {
    if (!mayPropose()) {
      throw new NotAllowed();
    }
  }

  void requireClose() {
    if (!mayClose()) {
      throw new NotAllowed();
    }
  }
}
