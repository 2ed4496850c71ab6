package org.alliance.outcomes.indicator;

import org.alliance.identity.RouteAccess;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who reaches the outcomes API: anyone. Every count it gives has been through disclosure control,
 * which is what makes figures about people fit for the public.
 */
@Component
class OutcomesRoutes implements RouteAccess {

  @Override
  public void configure(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes
        .requestMatchers(
            "/api/outcomes/indicators", "/api/outcomes/indicators/*", "/api/outcomes/openapi.json")
        .permitAll();
  }
}
