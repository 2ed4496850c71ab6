package org.alliance.directory.web;

import java.util.Set;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

  @Bean
  NavigationItem findSupportNavigation() {
    return new NavigationItem(
        "Find support",
        "/find-support",
        "Search every service in the directory by need, age, place and opening times, and signpost people to them.",
        10,
        Set.of());
  }
}
