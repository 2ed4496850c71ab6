package org.alliance.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** What happens after the password form is checked, and at sign-out. */
final class SignInHandlers {

  private SignInHandlers() {}

  /** Password right: finish signing in, or ask for the second factor first. */
  static AuthenticationSuccessHandler success(SecurityContextRepository contexts) {
    SavedRequestAwareAuthenticationSuccessHandler onwards =
        new SavedRequestAwareAuthenticationSuccessHandler();
    onwards.setDefaultTargetUrl("/");
    return (HttpServletRequest request,
        HttpServletResponse response,
        Authentication authentication) -> {
      AllianceUser user = (AllianceUser) authentication.getPrincipal();
      SessionLifetime.start(request);
      if (user.twoFactorEnabled()) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PendingSecondFactor(user));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect("/sign-in/second-factor");
        return;
      }
      onwards.onAuthenticationSuccess(request, response, authentication);
    };
  }

  /**
   * Password wrong, account locked or disabled ({@link PasswordSignIn} has counted and audited it):
   * say so without leaking why.
   */
  static AuthenticationFailureHandler failure() {
    SessionFlashMapManager flash = new SessionFlashMapManager();
    return (HttpServletRequest request,
        HttpServletResponse response,
        AuthenticationException failure) -> {
      String username = request.getParameter("username");
      String password = request.getParameter("password");
      String error;
      if (username == null || username.isBlank() || password == null || password.isEmpty()) {
        error = "missing";
      } else if (failure instanceof LockedException) {
        error = "locked";
      } else {
        // Disabled or wrong alike, so the page does not tell which accounts exist.
        error = "invalid";
      }
      FlashMap attributes = new FlashMap();
      attributes.put("username", username == null ? "" : username.trim());
      attributes.put("passwordMissing", password == null || password.isEmpty());
      flash.saveOutputFlashMap(attributes, request, response);
      response.sendRedirect("/sign-in?error=" + error);
    };
  }

  static LogoutHandler audit(SignInRecord record) {
    return (HttpServletRequest request,
        HttpServletResponse response,
        Authentication authentication) -> {
      if (authentication != null && authentication.getPrincipal() instanceof AllianceUser user) {
        record.signedOut(user);
      }
    };
  }
}
