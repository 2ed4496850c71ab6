package org.alliance.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Whether a request is for a route the application serves (a controller, a static file, an actuator
 * endpoint), asked of Spring MVC's own handler mappings. An anonymous visitor is sent to sign in
 * only for a route that exists; anything else is a plain 404, with no session saved for it.
 */
final class KnownRoutes implements RequestMatcher {

  private final HandlerMappingIntrospector mappings;

  KnownRoutes(HandlerMappingIntrospector mappings) {
    this.mappings = mappings;
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    try {
      return mappings.getMatchableHandlerMapping(request) != null;
    } catch (Exception wrongMethodOrMediaType) {
      // The path exists but not for this method or media type: still a route of ours.
      return true;
    }
  }
}
