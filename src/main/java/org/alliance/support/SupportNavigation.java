package org.alliance.support;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SupportNavigation {

  @Bean
  NavigationItem peopleNavigation() {
    return new NavigationItem(
        "People",
        "/people",
        "Your caseload, finding a person across the alliance, and registering someone new.",
        10,
        Set.of(Role.PRACTITIONER.code()));
  }

  @Bean
  NavigationItem dataProtectionNavigation() {
    return new NavigationItem(
        "Data protection",
        "/data-protection",
        "Break-glass access to review, and who has read a person's record.",
        10,
        Set.of(Role.DATA_PROTECTION_LEAD.code()));
  }

  @Bean
  NavigationItem isfReturnNavigation() {
    return new NavigationItem(
        "Individual Service Funds",
        "/budgets/isf-returns",
        "Each member's monthly totals of the funds it holds on people's behalf, naming no one.",
        40,
        Set.of(Role.ALLIANCE_MANAGER.code()));
  }
}
