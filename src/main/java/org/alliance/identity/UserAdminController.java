package org.alliance.identity;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators add people, change their roles and organisation, and help them back in. */
@Controller
class UserAdminController {

  private final UserAccounts users;
  private final Organisations organisations;

  UserAdminController(UserAccounts users, Organisations organisations) {
    this.users = users;
    this.organisations = organisations;
  }

  @ModelAttribute("allRoles")
  Role[] allRoles() {
    return Role.staffRoles();
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    model.addAttribute("users", users.all());
    return "identity/users";
  }

  @GetMapping("/admin/users/new")
  String newUser(Model model) {
    return form(UserForm.blank(), true, model);
  }

  @PostMapping("/admin/users/new")
  String add(
      @ModelAttribute("form") UserForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    form.validate(errors, true, organisationIds());
    if (!errors.hasErrors()) {
      try {
        UserAccount created =
            users.create(
                new NewUser(
                    form.username(),
                    form.displayName(),
                    form.email(),
                    form.organisation(),
                    form.chosenRoles(),
                    form.password()),
                false);
        redirect.addFlashAttribute(
            "success", created.displayName() + " can now sign in as " + created.username());
        return "redirect:/admin/users";
      } catch (UserAccounts.UsernameTaken e) {
        errors.rejectValue("username", "taken", "That user name is already taken");
      }
    }
    return form(form, true, model);
  }

  @GetMapping("/admin/users/{userId}")
  String edit(@PathVariable UUID userId, Model model) {
    UserAccount user = worker(userId);
    model.addAttribute("user", user);
    return form(UserForm.of(user), false, model);
  }

  @PostMapping("/admin/users/{userId}")
  String change(
      @PathVariable UUID userId,
      @ModelAttribute("form") UserForm form,
      BindingResult errors,
      @AuthenticationPrincipal AllianceUser admin,
      Model model,
      RedirectAttributes redirect) {
    UserAccount user = worker(userId);
    form.validate(errors, false, organisationIds());
    if (admin.userId().equals(userId)
        && (!form.chosenRoles().contains(Role.ADMIN) || !form.isEnabled())) {
      errors.rejectValue(
          "roles", "self", "You cannot remove your own administrator role or disable yourself");
    }
    if (!errors.hasErrors()) {
      try {
        users.update(
            userId,
            form.version() == null ? -1 : form.version(),
            form.displayName(),
            form.email(),
            form.organisation(),
            form.chosenRoles(),
            form.isEnabled());
        redirect.addFlashAttribute("success", "Changes to " + form.displayName() + " saved");
        return "redirect:/admin/users";
      } catch (UserAccounts.StaleUser e) {
        errors.reject(
            "stale",
            "Someone else changed this user while you were editing. Your changes have not been saved. Check the details below and make your changes again.");
        model.addAttribute("user", user);
        return form(UserForm.of(user), false, model);
      }
    }
    model.addAttribute("user", user);
    return form(form, false, model);
  }

  @PostMapping("/admin/users/{userId}/unlock")
  String unlock(@PathVariable UUID userId, RedirectAttributes redirect) {
    UserAccount user = existing(userId);
    users.unlock(userId);
    redirect.addFlashAttribute(
        "success", user.displayName() + " is unlocked and can sign in again");
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{userId}/password")
  String resetPassword(
      @PathVariable UUID userId,
      @RequestParam(defaultValue = "") String newPassword,
      Model model,
      RedirectAttributes redirect) {
    UserAccount user = existing(userId);
    var problem = PasswordRules.problemWith(newPassword, user.username());
    if (problem.isPresent()) {
      model.addAttribute("user", user);
      model.addAttribute("passwordError", problem.get());
      return form(UserForm.of(user), false, model);
    }
    users.resetPassword(userId, newPassword);
    redirect.addFlashAttribute(
        "success", "Password for " + user.displayName() + " reset. Give it to them securely");
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{userId}/two-factor/reset")
  String resetTwoFactor(@PathVariable UUID userId, RedirectAttributes redirect) {
    UserAccount user = existing(userId);
    users.resetTwoFactor(userId);
    redirect.addFlashAttribute(
        "success",
        "Two-factor authentication for "
            + user.displayName()
            + " is off. Ask them to set it up again");
    return "redirect:/admin/users";
  }

  private String form(UserForm form, boolean adding, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("adding", adding);
    model.addAttribute("organisations", organisations.all());
    return "identity/user-form";
  }

  private UserAccount existing(UUID userId) {
    return users.find(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /**
   * A worker's account, to edit. A person's own account is their team's to look after (a new code
   * replaces it); this form cannot give or keep the person role, so it is not offered for one.
   */
  private UserAccount worker(UUID userId) {
    UserAccount user = existing(userId);
    if (user.roles().contains(Role.PERSON)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return user;
  }

  private Set<UUID> organisationIds() {
    return organisations.all().stream().map(Organisation::id).collect(Collectors.toSet());
  }
}
