package org.alliance.identity;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own access rules for its routes. The security configuration applies every module's
 * rules before its catch-all, so each module states who may use its pages next to them.
 */
public interface RouteAccess {

  void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes);
}
