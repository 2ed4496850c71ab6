package org.alliance.identity;

import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in user changes their own password. */
@Controller
class PasswordController {

  private final Passwords passwords;

  PasswordController(Passwords passwords) {
    this.passwords = passwords;
  }

  @GetMapping("/account/password")
  String form(Model model) {
    model.addAttribute("form", new PasswordChangeForm("", "", ""));
    return "identity/password";
  }

  @PostMapping("/account/password")
  String change(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") PasswordChangeForm form,
      BindingResult errors,
      HttpSession session,
      RedirectAttributes redirect) {
    if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
      errors.rejectValue("currentPassword", "required", "Enter your current password");
    } else {
      switch (passwords.confirm(user, form.currentPassword(), "change password")) {
        case LOCKED -> {
          return "redirect:/sign-in?error=locked";
        }
        case WRONG ->
            errors.rejectValue("currentPassword", "wrong", "Your current password is not correct");
        case RIGHT -> {}
      }
    }
    PasswordRules.problemWith(form.newPassword(), user.getUsername())
        .ifPresent(problem -> errors.rejectValue("newPassword", "weak", problem));
    if (!errors.hasFieldErrors("newPassword")
        && !Objects.equals(form.newPassword(), form.confirmPassword())) {
      errors.rejectValue("confirmPassword", "mismatch", "Passwords must match");
    }
    if (errors.hasErrors()) {
      return "identity/password";
    }
    passwords.change(user, form.newPassword(), session.getId());
    redirect.addFlashAttribute("success", "Your password has been changed");
    return "redirect:/account";
  }
}
