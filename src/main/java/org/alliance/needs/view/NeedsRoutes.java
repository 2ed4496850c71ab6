package org.alliance.needs.view;

import org.alliance.identity.Role;
import org.alliance.identity.RouteAccess;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who imports needs files and enters the alliance's own figures: commissioners, the alliance
 * manager, data leads and administrators. Who reads needs: every worker. The figures are about
 * areas, published by public health teams or kept by the alliance, and every count about people in
 * them goes through the same withholding of small numbers as the outcomes framework.
 */
@Component
class NeedsRoutes implements RouteAccess {

  @Override
  public void configure(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes
        .requestMatchers("/needs/imports", "/needs/imports/**", "/needs/local", "/needs/local/**")
        .hasAnyRole(
            Role.COMMISSIONER.code(),
            Role.ALLIANCE_MANAGER.code(),
            Role.DATA_LEAD.code(),
            Role.ADMIN.code());
    routes.requestMatchers("/needs", "/needs/**").hasAnyRole(Role.staffCodes());
  }
}
