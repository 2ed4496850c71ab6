package org.alliance.commissioning.agreement;

import java.util.List;
import java.util.Set;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.web.HomeNotice;
import org.alliance.web.HomeNotices;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/**
 * The agreement and the decisions log in the navigation, and, on a leadership team member's home
 * page, the open decisions still waiting for their vote.
 */
@Configuration(proxyBeanMethods = false)
class AgreementNotices implements HomeNotices {

  private static final Set<String> READERS =
      Set.of(Role.ALLIANCE_MANAGER.code(), Role.LEADERSHIP.code(), Role.COMMISSIONER.code());

  private final Decisions decisions;

  AgreementNotices(Decisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public List<HomeNotice> noticesFor(Authentication user) {
    if (!(user.getPrincipal() instanceof AllianceUser leader) || !leader.hasRole(Role.LEADERSHIP)) {
      return List.of();
    }
    int waiting = decisions.awaitingVoteFrom(leader.userId());
    return waiting == 0
        ? List.of()
        : List.of(
            new HomeNotice(
                waiting
                    + (waiting == 1 ? " decision awaits" : " decisions await")
                    + " your vote as a member of the leadership team.",
                "Open the decisions log",
                "/alliance/decisions"));
  }

  @Bean
  NavigationItem agreementNavigation() {
    return new NavigationItem(
        "Alliance agreement",
        "/alliance/agreement",
        "The members and their roles, the alliance's principles and the people in its governance.",
        60,
        READERS);
  }

  @Bean
  NavigationItem decisionsNavigation() {
    return new NavigationItem(
        "Decisions",
        "/alliance/decisions",
        "The leadership team's decisions log: proposals, every vote, and the outcome.",
        61,
        READERS);
  }
}
