package org.alliance.outcomes.dashboard;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.outcomes.indicator.Audience;

/**
 * Which dashboard a signed-in worker sees. The alliance manager runs the alliance with its members,
 * so sees each member side by side; commissioners and the leadership team hold the alliance to one
 * framework, so see the alliance's results; everyone else works for a member and sees their own
 * member's figures beside the alliance's. Someone with several roles gets the widest view.
 *
 * @param memberId the viewer's own organisation, for the member view
 * @param audience whether the viewer sees their own member's figures as they are ({@link
 *     Audience}'s rule: a member's practitioners and data lead work with those people)
 */
record DashboardViewer(View view, UUID memberId, String memberName, Audience audience) {

  /** Every worker's role: all who sign in but the people supported and those they chose. */
  static final Set<String> ROLES =
      Arrays.stream(Role.staffRoles()).map(Role::code).collect(Collectors.toUnmodifiableSet());

  enum View {
    /** The alliance's results. */
    ALLIANCE,
    /** The alliance's results and each member's beside them. */
    MEMBERS,
    /** The viewer's own member's figures beside the alliance's. */
    OWN_MEMBER
  }

  static DashboardViewer of(AllianceUser user) {
    if (user.hasRole(Role.ALLIANCE_MANAGER)) {
      return new DashboardViewer(View.MEMBERS, null, null, Audience.EVERYONE_ELSE);
    }
    if (user.hasRole(Role.COMMISSIONER) || user.hasRole(Role.LEADERSHIP)) {
      return new DashboardViewer(View.ALLIANCE, null, null, Audience.EVERYONE_ELSE);
    }
    return new DashboardViewer(
        View.OWN_MEMBER, user.organisationId(), user.organisationName(), Audience.of(user));
  }

  public boolean seesMembers() {
    return view == View.MEMBERS;
  }

  public boolean seesOwnMember() {
    return view == View.OWN_MEMBER && memberId != null;
  }

  /** The page's caption: whose figures it shows. */
  public String caption() {
    return switch (view) {
      case ALLIANCE -> "The alliance's results";
      case MEMBERS -> "The alliance's results, and each member's";
      case OWN_MEMBER ->
          memberName == null
              ? "The alliance's results"
              : audience.member().isPresent()
                  ? memberName
                      + "'s figures as they are (you work with these people) beside the"
                      + " alliance's"
                  : memberName + "'s figures beside the alliance's";
    };
  }
}
