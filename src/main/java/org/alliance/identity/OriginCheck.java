package org.alliance.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection without a token, for the routes modules name in {@link
 * RouteAccess#originCheckedRoutes()}: an unsafe request must come from one of this site's pages.
 * Browsers send {@code Origin} with every POST (Fetch standard), and cannot be made to lie about
 * it; our {@code Referrer-Policy: same-origin} keeps {@code Referer} on same-origin requests for
 * the few browsers that leave Origin out. A request with neither is refused, as is {@code Origin:
 * null} (sandboxed frames, some privacy modes). Behind a load balancer the request's scheme, host
 * and port are the forwarded ones ({@code server.forward-headers-strategy=native}).
 */
final class OriginCheck extends OncePerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final RequestMatcher routes;

  OriginCheck(RequestMatcher routes) {
    this.routes = routes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE.contains(request.getMethod()) && routes.matches(request) && !fromThisSite(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean fromThisSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    String source = origin != null ? origin : request.getHeader("Referer");
    if (source == null) {
      return false;
    }
    try {
      URI uri = URI.create(source.trim());
      return uri.getScheme() != null
          && uri.getHost() != null
          && uri.getScheme().equalsIgnoreCase(request.getScheme())
          && uri.getHost()
              .toLowerCase(Locale.ROOT)
              .equals(request.getServerName().toLowerCase(Locale.ROOT))
          && port(uri) == request.getServerPort();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
