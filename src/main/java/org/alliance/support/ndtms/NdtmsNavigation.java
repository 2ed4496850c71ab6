package org.alliance.support.ndtms;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NdtmsNavigation {

  @Bean
  NavigationItem nationalReturnNavigation() {
    return new NavigationItem(
        "National returns",
        "/ndtms",
        "Your member's monthly NDTMS return: rows that would be rejected, and the extract.",
        10,
        Set.of(Role.DATA_LEAD.code()));
  }
}
