package org.alliance.outcomes.cohort;

import java.util.Set;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.identity.RouteAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who reaches the cohort comparisons. Every worker reads them, as they read the dashboards (every
 * figure has been through disclosure control); the alliance manager and members' data leads, who
 * answer for the alliance's figures, enter and import them. The API is public, as the indicators'
 * is: it gives only what disclosure control lets anyone see.
 */
@Component
class CohortRoutes implements RouteAccess {

  static final Set<Role> WRITERS = Set.of(Role.ALLIANCE_MANAGER, Role.DATA_LEAD);

  static boolean writes(AllianceUser user) {
    return WRITERS.stream().anyMatch(user::hasRole);
  }

  @Override
  public void configure(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    String[] writers = WRITERS.stream().map(Role::code).toArray(String[]::new);
    routes
        .requestMatchers(HttpMethod.GET, "/outcomes/cohorts/new", "/outcomes/cohorts/*/edit")
        .hasAnyRole(writers)
        .requestMatchers(HttpMethod.POST, "/outcomes/cohorts", "/outcomes/cohorts/**")
        .hasAnyRole(writers)
        .requestMatchers(HttpMethod.GET, "/outcomes/cohorts", "/outcomes/cohorts/*")
        .hasAnyRole(Role.staffCodes())
        .requestMatchers(HttpMethod.GET, "/api/outcomes/cohorts", "/api/outcomes/cohorts/*")
        .permitAll();
  }
}
