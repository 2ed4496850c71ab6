package org.alliance.support.trusted;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who the person chose to lead their support: choosing, accepting, and the history. */
@Controller
class TrustedController {

  private final TrustedIndividuals trusted;

  TrustedController(TrustedIndividuals trusted) {
    this.trusted = trusted;
  }

  /** The practitioner the person chose, by user name. */
  record ChoiceForm(String username) {}

  @GetMapping("/people/{id}/trusted-individual")
  String page(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("form", new ChoiceForm(""));
    return show(Practitioner.of(user), PathIds.parse(id), model);
  }

  @PostMapping("/people/{id}/trusted-individual")
  String choose(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") ChoiceForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    if (form.username() == null || form.username().isBlank()) {
      errors.rejectValue("username", "required", "Enter the user name of the worker they chose");
      return show(viewer, personId, model);
    }
    try {
      trusted.choose(viewer, personId, form.username().strip());
    } catch (TrustedProblem problem) {
      errors.rejectValue("username", "problem", problem.getMessage());
      return show(viewer, personId, model);
    }
    redirect.addFlashAttribute(
        "success",
        "Their choice is recorded. It waits for the worker’s member to accept the lead.");
    return "redirect:/people/" + personId + "/trusted-individual";
  }

  @PostMapping("/people/{id}/trusted-individual/accept")
  String accept(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    try {
      trusted.accept(viewer, personId);
    } catch (TrustedProblem problem) {
      model.addAttribute("form", new ChoiceForm(""));
      model.addAttribute("problem", problem.getMessage());
      return show(viewer, personId, model);
    }
    redirect.addFlashAttribute("success", "The lead is accepted");
    return "redirect:/people/" + personId + "/trusted-individual";
  }

  private String show(Practitioner viewer, UUID personId, Model model) {
    model.addAttribute("page", trusted.page(viewer, personId));
    return "support/work/trusted";
  }
}
