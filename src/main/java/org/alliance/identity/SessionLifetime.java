package org.alliance.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute lifetime of a signed-in session, beside the idle timeout: a session in constant use
 * (or a stolen cookie kept alive) still ends this long after its user gave their password. It runs
 * before the security context is read from the session, so an expired session is simply anonymous.
 */
final class SessionLifetime extends OncePerRequestFilter {

  static final String SIGNED_IN_AT = "identity.signedInAt";

  private final Duration lifetime;

  SessionLifetime(Duration lifetime) {
    this.lifetime = lifetime;
  }

  /** Marks the session as signed in now; called when the password is accepted. */
  static void start(HttpServletRequest request) {
    request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
        && !Instant.now().isBefore(signedInAt.plus(lifetime))) {
      session.invalidate();
    }
    chain.doFilter(request, response);
  }
}
