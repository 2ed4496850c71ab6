package org.alliance.commissioning.risk;

import java.util.List;
import java.util.Optional;
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
 * Risks past their review date, on the home page: a commissioner sees every one in the register;
 * the alliance manager and leadership team members see the alliance risks they own.
 */
@Configuration(proxyBeanMethods = false)
class RiskNotices implements HomeNotices {

  private final Risks risks;

  RiskNotices(Risks risks) {
    this.risks = risks;
  }

  @Override
  public List<HomeNotice> noticesFor(Authentication authentication) {
    if (!(authentication.getPrincipal() instanceof AllianceUser user)) {
      return List.of();
    }
    if (user.hasRole(Role.COMMISSIONER)) {
      int overdue =
          risks.overdue(Optional.empty(), List.of(RiskFields.CONTRACT, RiskFields.ALLIANCE));
      return overdue == 0
          ? List.of()
          : List.of(
              new HomeNotice(
                  overdue
                      + (overdue == 1
                          ? " risk is past its review date."
                          : " risks are past their review date."),
                  "Review the risks",
                  "/commissioning/risks?due=overdue"));
    }
    if (user.hasRole(Role.ALLIANCE_MANAGER) || user.hasRole(Role.LEADERSHIP)) {
      int overdue = risks.overdue(Optional.of(user.userId()), List.of(RiskFields.ALLIANCE));
      return overdue == 0
          ? List.of()
          : List.of(
              new HomeNotice(
                  overdue
                      + (overdue == 1
                          ? " risk you own is past its review date."
                          : " risks you own are past their review date."),
                  "Review your risks",
                  "/alliance/risks?due=overdue"));
    }
    return List.of();
  }

  @Bean
  NavigationItem riskRegisterNavigation() {
    return new NavigationItem(
        "Risk register",
        "/commissioning/risks",
        "Risks to the contracts you commission and the alliance's risks: ratings, mitigations,"
            + " reviews and history.",
        60,
        Set.of(Role.COMMISSIONER.code()));
  }

  @Bean
  NavigationItem allianceRisksNavigation() {
    return new NavigationItem(
        "Alliance risks",
        "/alliance/risks",
        "The risks the alliance shares: ratings, mitigations, owners and review dates.",
        60,
        Set.of(Role.ALLIANCE_MANAGER.code(), Role.LEADERSHIP.code()));
  }
}
