package org.alliance.directory.vocabulary;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VocabularyNavigation {

  @Bean
  NavigationItem searchWordsNavigation() {
    return new NavigationItem(
        "Search words",
        "/directory/search-words",
        "The words people use when they look for support, and what search reads them as.",
        32,
        Set.of(Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code()));
  }
}
