package org.alliance.directory.web;

import org.alliance.identity.RouteAccess;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The directory is for anyone: finding support needs no account. */
@Component
class DirectoryRoutes implements RouteAccess {

  @Override
  public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes.requestMatchers("/find-support", "/find-support/**").permitAll();
  }
}
