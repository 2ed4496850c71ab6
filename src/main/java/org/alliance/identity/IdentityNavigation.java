package org.alliance.identity;

import java.util.Set;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

  @Bean
  NavigationItem usersNavigation() {
    return new NavigationItem(
        "Users",
        "/admin/users",
        "Add people, set their roles and organisation, unlock accounts and reset passwords.",
        70,
        Set.of(Role.ADMIN.code()));
  }
}
