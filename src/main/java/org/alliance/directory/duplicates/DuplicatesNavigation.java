package org.alliance.directory.duplicates;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DuplicatesNavigation {

  @Bean
  NavigationItem duplicateReviewNavigationItem() {
    return new NavigationItem(
        "Duplicates to review",
        DuplicateReviewController.BASE,
        "Records from feeds and Alliance's own entries that may be one service: link them or mark them different.",
        35,
        Set.of(Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code()));
  }
}
