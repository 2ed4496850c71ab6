package org.alliance.directory.feeds;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedsNavigation {

  @Bean
  NavigationItem feedsNavigationItem() {
    return new NavigationItem(
        "Feeds",
        "/directory/feeds",
        "Other publishers' Open Referral feeds, their pulls and what each pull repaired or skipped.",
        34,
        Set.of(Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code()));
  }
}
