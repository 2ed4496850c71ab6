package org.alliance.audit;

import java.util.Set;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the audit log in the administrators' navigation and home page. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

  @Bean
  NavigationItem auditLogNavigation() {
    return new NavigationItem(
        "Audit log",
        "/admin/audit",
        "Search who did what, when, to which record, from which organisation.",
        90,
        Set.of("admin"));
  }
}
