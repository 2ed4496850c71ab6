package org.alliance.directory.subscriptions;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubscriptionsNavigation {

  @Bean
  NavigationItem subscriptionsNavigationItem() {
    return new NavigationItem(
        "Change notices",
        "/directory/subscriptions",
        "Addresses that get a signed notice of each change to the directory, and their logs.",
        36,
        Set.of(Role.ADMIN.code()));
  }
}
