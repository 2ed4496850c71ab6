package org.alliance.organisation;

import java.util.Set;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts organisation administration in the administrators' navigation and home page. */
@Configuration(proxyBeanMethods = false)
class OrganisationNavigation {

  @Bean
  NavigationItem organisationAdminNavigation() {
    return new NavigationItem(
        "Organisations",
        "/admin/organisations",
        "Add and change the alliance's members, commissioning councils and community organisations.",
        80,
        Set.of("admin"));
  }
}
