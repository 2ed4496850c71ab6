package org.alliance.identity;

import java.util.List;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own access rules for its routes. The security configuration applies every module's
 * rules before its catch-all, so each module states who may use its pages next to them.
 */
public interface RouteAccess {

  void configure(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes);

  /**
   * Path patterns of this module's routes whose forms post without a CSRF token, so that the pages
   * showing those forms need no session. Unsafe requests to them are accepted only from this site's
   * own pages, judged by the browser's {@code Origin} header (or {@code Referer} where a browser
   * sends no Origin); see docs/ARCHITECTURE.md for when a route may be one of these.
   */
  default List<String> originCheckedRoutes() {
    return List.of();
  }
}
