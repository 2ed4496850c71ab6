package org.alliance.commissioning.procurement;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcurementNavigation {

  @Bean
  NavigationItem procurementNavigationItem() {
    return new NavigationItem(
        "Procurement",
        "/commissioning/procurements",
        "Tenders and awards: routes, weighted questions, bidders, scoring alone, moderation,"
            + " ranking and the standstill.",
        60,
        Set.of(Role.COMMISSIONER.code()));
  }
}
