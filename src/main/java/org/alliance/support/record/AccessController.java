package org.alliance.support.record;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.support.access.AccessGrants;
import org.alliance.support.access.Consents;
import org.alliance.support.access.GrantProblem;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /people/{id}/access}: consent to share, who may see the record, requests waiting for the
 * team, exclusions. Changes are the team's; anyone who may open the record may read the page.
 */
@Controller
class AccessController {

  private final Records records;
  private final Consents consents;
  private final AccessGrants grants;
  private final UserAccounts users;

  AccessController(Records records, Consents consents, AccessGrants grants, UserAccounts users) {
    this.records = records;
    this.consents = consents;
    this.grants = grants;
    this.users = users;
  }

  @GetMapping("/people/{id}/access")
  String page(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    return show(user, PathIds.parse(id), model, ConsentForm.empty(), ExclusionForm.empty(), null);
  }

  @PostMapping("/people/{id}/consent")
  String consent(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("consentForm") ConsentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    List<UUID> members = records.members().stream().map(Organisation::id).toList();
    Optional<ConsentForm.Checked> checked = form.check(errors, members, today());
    if (checked.isEmpty()) {
      return show(user, personId, model, form, ExclusionForm.empty(), null);
    }
    try {
      ConsentForm.Checked answer = checked.get();
      consents.record(
          Practitioner.of(user),
          personId,
          answer.state(),
          answer.members(),
          answer.parts(),
          today(),
          answer.expiresOn(),
          answer.note());
    } catch (GrantProblem problem) {
      errors.reject("team", problem.getMessage());
      return show(user, personId, model, form, ExclusionForm.empty(), null);
    }
    redirect.addFlashAttribute("success", "Their answer about sharing is recorded");
    return "redirect:/people/" + personId + "/access";
  }

  @PostMapping("/people/{id}/exclusions")
  String exclude(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("exclusionForm") ExclusionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID member = null;
    UUID worker = null;
    if (form.username() != null && !form.username().isBlank()) {
      Optional<UserAccount> account =
          form.username().strip().length() > 64
              ? Optional.empty()
              : users.findByUsername(form.username().strip());
      if (account.isEmpty()) {
        errors.rejectValue("username", "unknown", "There is no worker with that user name");
      } else {
        worker = account.get().id();
        member = account.get().organisationId();
      }
    } else if (form.member() != null && !form.member().isBlank()) {
      member =
          records.members().stream()
              .map(Organisation::id)
              .filter(m -> m.toString().equals(form.member()))
              .findFirst()
              .orElse(null);
      if (member == null) {
        errors.rejectValue("member", "unknown", "Choose a member from the list");
      }
    } else {
      errors.rejectValue("member", "required", "Choose a member or give a worker's user name");
    }
    if (form.reason() == null || form.reason().isBlank()) {
      errors.rejectValue("reason", "required", "Say why they are excluded");
    } else if (form.reason().strip().length() > Reason.MAX) {
      errors.rejectValue(
          "reason", "length", "The reason must be " + Reason.MAX + " characters or fewer");
    }
    if (errors.hasErrors()) {
      return show(user, personId, model, ConsentForm.empty(), form, null);
    }
    try {
      grants.exclude(Practitioner.of(user), personId, member, worker, form.reason().strip());
    } catch (GrantProblem problem) {
      errors.reject("team", problem.getMessage());
      return show(user, personId, model, ConsentForm.empty(), form, null);
    }
    redirect.addFlashAttribute("success", "The exclusion is in force");
    return "redirect:/people/" + personId + "/access";
  }

  @PostMapping("/people/{id}/grants/{grantId}/decision")
  String decide(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String grantId,
      @ModelAttribute("decisionForm") DecisionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID grant = PathIds.parse(grantId);
    Optional<DecisionForm.Checked> checked = form.check(errors, today());
    if (checked.isEmpty()) {
      return show(
          user,
          personId,
          model,
          ConsentForm.empty(),
          ExclusionForm.empty(),
          errors.getGlobalError().getDefaultMessage());
    }
    DecisionForm.Checked decision = checked.get();
    try {
      grants.decide(
          Practitioner.of(user),
          personId,
          grant,
          decision.approve(),
          decision.labels(),
          decision.endsOn() == null
              ? null
              : decision.endsOn().atTime(LocalTime.MAX).atZone(PersonAccess.UK).toInstant(),
          decision.note());
    } catch (GrantProblem problem) {
      return show(
          user, personId, model, ConsentForm.empty(), ExclusionForm.empty(), problem.getMessage());
    }
    redirect.addFlashAttribute(
        "success", decision.approve() ? "Access is approved" : "The request is refused");
    return "redirect:/people/" + personId + "/access";
  }

  @PostMapping("/people/{id}/grants/{grantId}/end")
  String end(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String grantId,
      @RequestParam(name = "reason", required = false) String reason,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID grant = PathIds.parse(grantId);
    String why = reason == null || reason.isBlank() ? "Ended by the team" : reason.strip();
    if (why.length() > Reason.MAX) {
      return show(
          user,
          personId,
          model,
          ConsentForm.empty(),
          ExclusionForm.empty(),
          "The reason must be " + Reason.MAX + " characters or fewer");
    }
    try {
      grants.revoke(Practitioner.of(user), personId, grant, why);
    } catch (GrantProblem problem) {
      return show(
          user, personId, model, ConsentForm.empty(), ExclusionForm.empty(), problem.getMessage());
    }
    redirect.addFlashAttribute("success", "The grant has ended");
    return "redirect:/people/" + personId + "/access";
  }

  private String show(
      AllianceUser user,
      UUID personId,
      Model model,
      ConsentForm consentForm,
      ExclusionForm exclusionForm,
      String problem) {
    model.addAttribute("page", records.accessPage(Practitioner.of(user), personId));
    model.addAttribute("members", records.members());
    model.addAttribute("labels", SensitivityLabel.values());
    if (!model.containsAttribute("consentForm")) {
      model.addAttribute("consentForm", consentForm);
    }
    if (!model.containsAttribute("exclusionForm")) {
      model.addAttribute("exclusionForm", exclusionForm);
    }
    model.addAttribute("problem", problem);
    model.addAttribute("defaultEnd", today().plusDays(90));
    return "support/access";
  }

  private static LocalDate today() {
    return LocalDate.now(PersonAccess.UK);
  }
}
