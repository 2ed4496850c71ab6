package org.alliance.commissioning.ledger;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerNavigation {

  @Bean
  NavigationItem openBookLedgerNavigation() {
    return new NavigationItem(
        "Open-book ledger",
        "/alliance/ledger",
        "The budget devolved to the alliance: lines, allocations to members, spend, variance and"
            + " the composite financial report.",
        60,
        Set.of(
            Role.ALLIANCE_MANAGER.code(),
            Role.LEADERSHIP.code(),
            Role.COMMISSIONER.code(),
            Role.FINANCE_LEAD.code()));
  }
}
