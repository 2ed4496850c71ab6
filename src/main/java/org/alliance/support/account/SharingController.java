package org.alliance.support.account;

import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own page of who they share their plan with: stop sharing, or keep sharing at 18. */
@Controller
class SharingController {

  private final PersonAccounts accounts;

  SharingController(PersonAccounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/my-plan/sharing")
  String page(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("proxies", accounts.proxies(user.userId()));
    return "support/my-plan/sharing";
  }

  @PostMapping("/my-plan/sharing/{accountId}/stop")
  String stop(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String accountId,
      Model model,
      RedirectAttributes redirect) {
    try {
      accounts.withdrawByPerson(user.userId(), PathIds.parse(accountId));
    } catch (AccountProblem problem) {
      return again(user, problem, model);
    }
    redirect.addFlashAttribute("success", "You have stopped sharing with them");
    return "redirect:/my-plan/sharing";
  }

  @PostMapping("/my-plan/sharing/{accountId}/renew")
  String renew(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String accountId,
      Model model,
      RedirectAttributes redirect) {
    try {
      accounts.renewByPerson(user.userId(), PathIds.parse(accountId));
    } catch (AccountProblem problem) {
      return again(user, problem, model);
    }
    redirect.addFlashAttribute("success", "You are sharing with them again");
    return "redirect:/my-plan/sharing";
  }

  private String again(AllianceUser user, AccountProblem problem, Model model) {
    model.addAttribute("problem", problem.getMessage());
    return page(user, model);
  }
}
