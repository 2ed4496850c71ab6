package org.alliance.needs.view;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On the home pages of those who commission and plan; every worker may still open it. */
@Configuration(proxyBeanMethods = false)
class NeedsNavigation {

  @Bean
  NavigationItem needsNavigationItem() {
    return new NavigationItem(
        "Needs",
        "/needs",
        "Each area's population and its need: public health indicators with their intervals, against the area above and England.",
        45,
        Set.of(
            Role.COMMISSIONER.code(),
            Role.ALLIANCE_MANAGER.code(),
            Role.LEADERSHIP.code(),
            Role.DATA_LEAD.code()));
  }
}
