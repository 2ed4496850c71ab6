package org.alliance.directory.coverage;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoverageNavigation {

  @Bean
  NavigationItem coverageItem() {
    return new NavigationItem(
        "Coverage",
        "/directory/coverage",
        "Gaps and overlaps in provision by need, area and age; who provides which modality at which tier.",
        40,
        Set.of(Role.COMMISSIONER.code(), Role.ALLIANCE_MANAGER.code(), Role.ADMIN.code()));
  }

  @Bean
  NavigationItem duplicatesItem() {
    return new NavigationItem(
        "Duplicates",
        "/directory/duplicates",
        "Directory entries that look like the same service entered twice.",
        45,
        Set.of(Role.COMMISSIONER.code(), Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code()));
  }
}
