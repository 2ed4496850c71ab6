package org.alliance.directory.feedback;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

  @Bean
  NavigationItem problemReportsNavigation() {
    return new NavigationItem(
        "Problem reports",
        "/directory/problem-reports",
        "What visitors have told you is wrong with the services you look after.",
        30,
        Set.of(Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code()));
  }
}
