package org.alliance.commissioning.register;

import java.time.LocalDate;
import java.util.ArrayList;
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

/** The register in the commissioner's navigation, and its alerts on their home page. */
@Configuration(proxyBeanMethods = false)
class RegisterNotices implements HomeNotices {

  /** More than this many alerts on the home page become a count and a link to the full list. */
  static final int SHOWN = 5;

  private final ContractAlerts alerts;

  RegisterNotices(ContractAlerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public List<HomeNotice> noticesFor(Authentication user) {
    if (!(user.getPrincipal() instanceof AllianceUser commissioner)
        || !commissioner.hasRole(Role.COMMISSIONER)) {
      return List.of();
    }
    int lead = alerts.leadMonths(commissioner.userId());
    List<ContractAlerts.Alert> due = alerts.due(LocalDate.now(FinancialYear.UK), lead);
    List<HomeNotice> notices = new ArrayList<>();
    for (ContractAlerts.Alert alert : due.subList(0, Math.min(SHOWN, due.size()))) {
      notices.add(new HomeNotice(alert.text() + ".", "Open the contract", alert.href()));
    }
    if (due.size() > SHOWN) {
      notices.add(
          new HomeNotice(
              (due.size() - SHOWN) + " more contract dates fall within " + lead + " months.",
              "See every alert",
              "/commissioning/alerts"));
    }
    return notices;
  }

  @Bean
  NavigationItem contractsNavigation() {
    return new NavigationItem(
        "Contracts",
        "/commissioning/contracts",
        "The contract register: terms, options, values by year and each council's share, to the"
            + " penny.",
        30,
        Set.of(Role.COMMISSIONER.code()));
  }

  @Bean
  NavigationItem grantsNavigation() {
    return new NavigationItem(
        "Grants",
        "/commissioning/grants",
        "The grants beside the contracts, by year and council.",
        31,
        Set.of(Role.COMMISSIONER.code()));
  }
}
