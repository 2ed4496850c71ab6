package org.alliance.outcomes.dashboard;

import org.alliance.identity.RouteAccess;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who reaches the dashboards: every worker who signs in, each seeing the view their role fits
 * ({@link DashboardViewer}); not the people supported, whose own pages are "My plan". Every figure
 * has been through disclosure control, so no worker sees more than the public API gives.
 */
@Component
class DashboardRoutes implements RouteAccess {

  @Override
  public void configure(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes
        .requestMatchers("/outcomes", "/outcomes/indicators/**", "/outcomes/equity")
        .hasAnyRole(DashboardViewer.ROLES.toArray(String[]::new));
  }
}
