package org.alliance.directory.upload;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UploadNavigation {

  @Bean
  NavigationItem importItem() {
    return new NavigationItem(
        "Import",
        "/directory/import",
        "Upload Open Referral UK data: a JSON file or a zip of CSV files, all or nothing.",
        50,
        Set.of(Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code()));
  }
}
