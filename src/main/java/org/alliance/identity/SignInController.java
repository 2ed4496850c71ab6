package org.alliance.identity;

import org.alliance.database.DatabaseMode;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security's form login handles the POST. */
@Controller
class SignInController {

  private final DatabaseMode databaseMode;
  private final SignInRecord record;

  SignInController(DatabaseMode databaseMode, SignInRecord record) {
    this.databaseMode = databaseMode;
    this.record = record;
  }

  @GetMapping("/sign-in")
  String signIn(
      @RequestParam(name = "error", required = false) String error,
      Authentication authentication,
      Model model) {
    if (authentication instanceof PendingSecondFactor) {
      return "redirect:/sign-in/second-factor";
    }
    if (authentication != null
        && authentication.isAuthenticated()
        && authentication.getPrincipal() instanceof AllianceUser) {
      return "redirect:/";
    }
    model.addAttribute(
        "error",
        error == null
            ? null
            : switch (error) {
              case "missing" -> "missing";
              case "locked" -> "locked";
              default -> "invalid";
            });
    model.addAttribute("maxFailures", record.maxFailures());
    model.addAttribute("lockoutMinutes", record.lockout().toMinutes());
    model.addAttribute("showDemoUsers", databaseMode.demo());
    return "identity/sign-in";
  }
}
