package org.alliance.identity;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting up, renewing and turning off a TOTP second factor. The new secret waits in the session
 * until the user proves their app has it, so a half-finished set-up never locks anyone out.
 */
@Controller
class TwoFactorController {

  private static final String SETUP_SECRET = "identity.totpSetupSecret";

  private final UserAccounts users;
  private final SecondFactors secondFactors;
  private final TotpCodes totp;
  private final Passwords passwords;

  TwoFactorController(
      UserAccounts users, SecondFactors secondFactors, TotpCodes totp, Passwords passwords) {
    this.users = users;
    this.secondFactors = secondFactors;
    this.totp = totp;
    this.passwords = passwords;
  }

  @GetMapping("/account/two-factor")
  String show(@AuthenticationPrincipal AllianceUser user, HttpSession session, Model model) {
    UserAccount account = users.find(user.userId()).orElseThrow();
    if (account.twoFactorEnabled()) {
      model.addAttribute("recoveryCodesLeft", secondFactors.unusedRecoveryCodes(user.userId()));
      return "identity/two-factor-on";
    }
    String secret = (String) session.getAttribute(SETUP_SECRET);
    if (secret == null) {
      secret = totp.newSecret();
      session.setAttribute(SETUP_SECRET, secret);
    }
    return setUpPage(user, secret, null, model);
  }

  @PostMapping("/account/two-factor")
  String confirm(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(defaultValue = "") String code,
      HttpSession session,
      Model model) {
    String secret = (String) session.getAttribute(SETUP_SECRET);
    if (secret == null) {
      return "redirect:/account/two-factor";
    }
    if (code.isBlank()) {
      return setUpPage(user, secret, "Enter the 6-digit code from your authenticator app", model);
    }
    if (totp.verify(secret, code, null).isEmpty()) {
      return setUpPage(
          user,
          secret,
          "The code is not correct. Check your app shows Alliance and enter the code it shows now",
          model);
    }
    session.removeAttribute(SETUP_SECRET);
    return recoveryCodesPage(secondFactors.enable(user.userId(), secret), model);
  }

  @PostMapping("/account/two-factor/recovery-codes")
  String renewRecoveryCodes(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(defaultValue = "") String password,
      Model model) {
    switch (passwords.confirm(user, password, "new recovery codes")) {
      case LOCKED -> {
        return "redirect:/sign-in?error=locked";
      }
      case WRONG -> {
        return refusedOnPage(
            user, "renew-password", "Enter your current password to get new recovery codes", model);
      }
      case RIGHT -> {}
    }
    return recoveryCodesPage(secondFactors.newRecoveryCodes(user.userId()), model);
  }

  @PostMapping("/account/two-factor/turn-off")
  String turnOff(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(defaultValue = "") String password,
      Model model,
      RedirectAttributes redirect) {
    switch (passwords.confirm(user, password, "turn off two-factor")) {
      case LOCKED -> {
        return "redirect:/sign-in?error=locked";
      }
      case WRONG -> {
        return refusedOnPage(
            user,
            "turn-off-password",
            "Enter your current password to turn off two-factor authentication",
            model);
      }
      case RIGHT -> {}
    }
    secondFactors.disable(user.userId());
    redirect.addFlashAttribute("success", "Two-factor authentication is off");
    return "redirect:/account";
  }

  private String setUpPage(AllianceUser user, String secret, String error, Model model) {
    model.addAttribute("qrCode", totp.qrCodeDataUri(secret, user.getUsername()));
    model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
    model.addAttribute("error", error);
    return "identity/two-factor-set-up";
  }

  private String recoveryCodesPage(List<String> codes, Model model) {
    model.addAttribute("codes", codes);
    return "identity/recovery-codes";
  }

  private String refusedOnPage(AllianceUser user, String field, String message, Model model) {
    model.addAttribute("recoveryCodesLeft", secondFactors.unusedRecoveryCodes(user.userId()));
    model.addAttribute("errorField", field);
    model.addAttribute("error", message);
    return "identity/two-factor-on";
  }
}
