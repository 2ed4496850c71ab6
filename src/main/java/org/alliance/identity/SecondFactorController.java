package org.alliance.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second half of signing in for users with a second factor: a code from their authenticator
 * app, or one of their recovery codes. Wrong codes count towards the same lockout as passwords.
 */
@Controller
class SecondFactorController {

  private final SecondFactors secondFactors;
  private final SignInRecord record;
  private final SecurityContextRepository contexts;
  private final SavedRequestAwareAuthenticationSuccessHandler onwards =
      new SavedRequestAwareAuthenticationSuccessHandler();

  SecondFactorController(
      SecondFactors secondFactors, SignInRecord record, SecurityContextRepository contexts) {
    this.secondFactors = secondFactors;
    this.record = record;
    this.contexts = contexts;
    onwards.setDefaultTargetUrl("/");
  }

  @GetMapping("/sign-in/second-factor")
  String form() {
    return "identity/second-factor";
  }

  @PostMapping("/sign-in/second-factor")
  String check(
      @RequestParam(name = "code", defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model)
      throws Exception {
    PendingSecondFactor pending =
        (PendingSecondFactor) SecurityContextHolder.getContext().getAuthentication();
    AllianceUser user = pending.getPrincipal();
    // The account may have been locked or disabled since the password was given.
    SignInRecord.Standing standing = record.standing(user.userId());
    if (standing != SignInRecord.Standing.ACTIVE) {
      record.refusedAtSecondFactor(user, standing);
      signOut(request, response, standing == SignInRecord.Standing.LOCKED ? "locked" : "invalid");
      return null;
    }
    if (code.isBlank()) {
      model.addAttribute(
          "error", "Enter the 6-digit code from your authenticator app, or a recovery code");
      return "identity/second-factor";
    }
    if (!record.begin(user, "second factor")) {
      signOut(request, response, "locked");
      return null;
    }
    SecondFactors.Check check = secondFactors.check(user.userId(), code);
    if (!check.passed()) {
      if (record.failed(user, "second factor")) {
        signOut(request, response, "locked");
        return null;
      }
      model.addAttribute(
          "error",
          "The code is not correct or has already been used. Enter the current code from your authenticator app");
      return "identity/second-factor";
    }
    signIn(user, check, request, response);
    return null;
  }

  private void signIn(
      AllianceUser user,
      SecondFactors.Check check,
      HttpServletRequest request,
      HttpServletResponse response)
      throws Exception {
    String method =
        check == SecondFactors.Check.RECOVERY_CODE
            ? "password and recovery code"
            : "password and authenticator";
    if (!record.succeeded(user, method)) {
      signOut(request, response, "locked");
      return;
    }
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    // A new session id once fully signed in, so a session id seen before cannot be reused.
    request.changeSessionId();
    contexts.saveContext(context, request, response);
    onwards.onAuthenticationSuccess(request, response, authentication);
  }

  private void signOut(HttpServletRequest request, HttpServletResponse response, String error)
      throws IOException {
    SecurityContextHolder.clearContext();
    contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
    request.getSession().invalidate();
    response.sendRedirect("/sign-in?error=" + error);
  }
}
