package org.alliance.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A signed-in user's own account: who they are, and links to change password and second factor. */
@Controller
class AccountController {

  private final UserAccounts users;
  private final SecondFactors secondFactors;

  AccountController(UserAccounts users, SecondFactors secondFactors) {
    this.users = users;
    this.secondFactors = secondFactors;
  }

  @GetMapping("/account")
  String account(@AuthenticationPrincipal AllianceUser user, Model model) {
    UserAccount account = users.find(user.userId()).orElseThrow();
    model.addAttribute("account", account);
    model.addAttribute("recoveryCodesLeft", secondFactors.unusedRecoveryCodes(user.userId()));
    return "identity/account";
  }
}
