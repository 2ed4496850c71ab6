package org.alliance.support.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a person (or a proxy) makes their account with the code their worker gave them: no e-mail
 * address, a user name and a password of their own. Open to anyone; the code is the proof.
 */
@Controller
class ActivationController {

  private final PersonAccounts accounts;

  ActivationController(PersonAccounts accounts) {
    this.accounts = accounts;
  }

  record ActivationForm(String code, String username, String password, String confirmPassword) {}

  @GetMapping("/activate")
  String form(Model model) {
    model.addAttribute("form", new ActivationForm("", "", "", ""));
    return "support/account/activate";
  }

  @PostMapping("/activate")
  String activate(
      @ModelAttribute("form") ActivationForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    if (form.code() == null || form.code().isBlank()) {
      errors.rejectValue("code", "required", "Enter the code your worker gave you");
    }
    if (form.password() != null
        && !form.password().isEmpty()
        && !form.password().equals(form.confirmPassword())) {
      errors.rejectValue("confirmPassword", "different", "The two passwords are not the same");
    }
    if (errors.hasErrors()) {
      return "support/account/activate";
    }
    try {
      accounts.activate(form.code(), form.username(), form.password());
    } catch (AccountProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return "support/account/activate";
    }
    redirect.addFlashAttribute("activated", true);
    return "redirect:/sign-in?activated";
  }
}
