package org.alliance.support.account;

import java.util.List;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.SharedPart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's team makes a one-time code for the person's own account or a proxy's, sees who has
 * one, and ends access.
 */
@Controller
class AccountsController {

  private final PersonAccounts accounts;

  AccountsController(PersonAccounts accounts) {
    this.accounts = accounts;
  }

  /** Who the code is for; for a proxy, how they are related and what the person agreed to share. */
  record CodeForm(
      String relation,
      String displayName,
      String relationship,
      List<String> parts,
      Boolean personAgreed) {

    static CodeForm empty() {
      return new CodeForm("self", "", "", List.of(), false);
    }

    PersonAccounts.NewCode request() {
      return new PersonAccounts.NewCode(
          "proxy".equals(relation) ? OwnView.Relation.PROXY : OwnView.Relation.SELF,
          displayName,
          relationship,
          SharedPart.fromCodes(parts),
          Boolean.TRUE.equals(personAgreed));
    }
  }

  @GetMapping("/people/{id}/accounts")
  String page(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("form", CodeForm.empty());
    return show(Practitioner.of(user), PathIds.parse(id), model);
  }

  @PostMapping("/people/{id}/accounts")
  String make(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") CodeForm form,
      BindingResult errors,
      Model model) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    try {
      PersonAccounts.IssuedCode code = accounts.issue(viewer, personId, form.request());
      model.addAttribute("personId", personId);
      model.addAttribute("code", code);
      model.addAttribute("proxy", "proxy".equals(form.relation()));
      return "support/account/code";
    } catch (AccountProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return show(viewer, personId, model);
    }
  }

  @PostMapping("/people/{id}/accounts/{accountId}/withdraw")
  String withdraw(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String accountId,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    try {
      accounts.withdrawByTeam(viewer, personId, PathIds.parse(accountId));
    } catch (AccountProblem problem) {
      model.addAttribute("form", CodeForm.empty());
      model.addAttribute("problem", problem.getMessage());
      return show(viewer, personId, model);
    }
    redirect.addFlashAttribute("success", "Their access has ended");
    return "redirect:/people/" + personId + "/accounts";
  }

  @PostMapping("/people/{id}/accounts/codes/{codeId}/cancel")
  String cancel(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String codeId,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    try {
      accounts.cancelCode(viewer, personId, PathIds.parse(codeId));
    } catch (AccountProblem problem) {
      model.addAttribute("form", CodeForm.empty());
      model.addAttribute("problem", problem.getMessage());
      return show(viewer, personId, model);
    }
    redirect.addFlashAttribute("success", "The code is cancelled");
    return "redirect:/people/" + personId + "/accounts";
  }

  private String show(Practitioner viewer, UUID personId, Model model) {
    model.addAttribute("personId", personId);
    PersonAccounts.Page page = accounts.page(viewer, personId);
    model.addAttribute("person", page.person());
    model.addAttribute("holders", page.holders());
    model.addAttribute("allParts", SharedPart.values());
    return "support/account/accounts";
  }
}
