package org.alliance.support;

import org.alliance.identity.Role;
import org.alliance.identity.RouteAccess;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * People's records are for practitioners; oversight of them for the data-protection lead; a
 * member's national return (NDTMS) for its data lead; the Individual Service Funds return (no one
 * named) for the alliance manager. Commissioners, directory editors and admins see nothing of this
 * module. Which records a practitioner may open is decided per record by {@code PersonAccess}.
 */
@Component
class SupportRoutes implements RouteAccess {

  @Override
  public void configure(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes
        .requestMatchers("/people/second-factor")
        .hasAnyRole(
            Role.PRACTITIONER.code(), Role.DATA_PROTECTION_LEAD.code(), Role.DATA_LEAD.code());
    routes.requestMatchers("/people", "/people/**").hasRole(Role.PRACTITIONER.code());
    routes
        .requestMatchers("/data-protection", "/data-protection/**")
        .hasRole(Role.DATA_PROTECTION_LEAD.code());
    routes.requestMatchers("/ndtms", "/ndtms/**").hasRole(Role.DATA_LEAD.code());
    routes.requestMatchers("/budgets", "/budgets/**").hasRole(Role.ALLIANCE_MANAGER.code());
    // Making a person's account: the one-time code is the proof, so no one is signed in yet.
    routes.requestMatchers("/activate").permitAll();
    // The person's own view; which record is decided by OwnViews from the account alone.
    routes.requestMatchers("/my-plan", "/my-plan/**").hasRole(Role.PERSON.code());
  }
}
