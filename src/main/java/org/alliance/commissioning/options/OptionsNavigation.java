package org.alliance.commissioning.options;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OptionsNavigation {

  @Bean
  NavigationItem optionsAppraisalNavigation() {
    return new NavigationItem(
        "Options",
        OptionsController.BASE,
        "The options appraisal: every contract's term and options on a timeline, and scenarios"
            + " compared side by side for a committee paper.",
        32,
        Set.of(Role.COMMISSIONER.code()));
  }
}
