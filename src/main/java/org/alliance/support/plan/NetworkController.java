package org.alliance.support.plan;

import java.util.List;
import java.util.Optional;
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

/** Adding someone or somewhere to the person's network, and changing them. */
@Controller
class NetworkController {

  private final Network network;
  private final PlanForms forms;

  NetworkController(Network network, PlanForms forms) {
    this.network = network;
    this.forms = forms;
  }

  @GetMapping("/people/{id}/plan/network/new")
  String newMember(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("form", NetworkForm.blank());
    return page(Practitioner.of(user), PathIds.parse(id), null, null, model);
  }

  @PostMapping("/people/{id}/plan/network")
  String add(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") NetworkForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    Optional<Network.Someone> someone = form.check(errors);
    if (someone.isEmpty()) {
      return page(viewer, personId, null, null, model);
    }
    try {
      network.add(viewer, personId, someone.get());
    } catch (PlanProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return page(viewer, personId, null, null, model);
    }
    redirect.addFlashAttribute("success", someone.get().name() + " is added to their network");
    return "redirect:/people/" + personId + "/plan#network";
  }

  @GetMapping("/people/{id}/plan/network/{networkId}")
  String editMember(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String networkId,
      Model model) {
    PlanForms.Context context =
        forms.withMember(
            Practitioner.of(user),
            PathIds.parse(id),
            PathIds.parse(networkId),
            "changing the plan's network");
    model.addAttribute("form", NetworkForm.of(context.member()));
    return show(context, null, model);
  }

  @PostMapping("/people/{id}/plan/network/{networkId}")
  String change(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String networkId,
      @ModelAttribute("form") NetworkForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID member = PathIds.parse(networkId);
    Practitioner viewer = Practitioner.of(user);
    Optional<Network.Someone> someone = form.check(errors);
    if (form.version() == null) {
      errors.reject("version", "This changed since you opened it: check it and try again");
    }
    if (errors.hasErrors()) {
      return page(viewer, personId, member, null, model);
    }
    try {
      network.change(viewer, personId, member, someone.get(), form.version());
    } catch (StaleEdit stale) {
      NetworkMember now = (NetworkMember) stale.current();
      errors.reject(
          "stale",
          "This changed since you opened it. It is shown below as it is now; what you typed is"
              + " kept in the form: save again to keep yours.");
      model.addAttribute("version", now.version());
      return page(viewer, personId, member, now, model);
    } catch (PlanProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return page(viewer, personId, member, null, model);
    }
    redirect.addFlashAttribute("success", someone.get().name() + " is changed");
    return "redirect:/people/" + personId + "/plan#network";
  }

  private String page(
      Practitioner viewer, UUID personId, UUID memberId, NetworkMember stale, Model model) {
    PlanForms.Context context =
        memberId == null
            ? forms.context(viewer, personId, "adding to the plan's network")
            : forms.withMember(viewer, personId, memberId, "changing the plan's network");
    return show(context, stale, model);
  }

  private String show(PlanForms.Context context, NetworkMember stale, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("stale", stale);
    model.addAttribute("kinds", List.of(NetworkKind.values()));
    model.addAttribute("closeness", List.of(Closeness.values()));
    return "support/plan/network";
  }
}
