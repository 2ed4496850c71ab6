package org.alliance.support.withhold;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /people/{id}/withheld}: what the person's team has withheld from the person's own view,
 * and why; the team withholds an entry from beside it on the worker's pages, and releases it here.
 */
@Controller
class WithholdController {

  private final Withholdings withholdings;

  WithholdController(Withholdings withholdings) {
    this.withholdings = withholdings;
  }

  /** The entry (its kind and id, as the link beside it sends them) and why it is withheld. */
  record WithholdForm(String kind, String entry, String reason) {}

  @GetMapping("/people/{id}/withheld")
  String list(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("page", withholdings.page(Practitioner.of(user), PathIds.parse(id)));
    return "support/withhold/list";
  }

  @GetMapping("/people/{id}/withheld/new")
  String form(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String entry,
      Model model) {
    model.addAttribute("withhold", new WithholdForm(kind, entry, ""));
    return show(Practitioner.of(user), PathIds.parse(id), kind, entry, model);
  }

  @PostMapping("/people/{id}/withheld")
  String withhold(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("withhold") WithholdForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    try {
      if (!withholdings.withhold(viewer, personId, form.kind(), form.entry(), form.reason())) {
        return show(viewer, personId, form.kind(), form.entry(), model);
      }
    } catch (WithholdProblem problem) {
      errors.rejectValue("reason", "problem", problem.getMessage());
      return show(viewer, personId, form.kind(), form.entry(), model);
    }
    redirect.addFlashAttribute("success", "It is withheld from their own view");
    return "redirect:/people/" + personId + "/withheld";
  }

  @PostMapping("/people/{id}/withheld/{withheldId}/release")
  String release(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String withheldId,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    boolean released = withholdings.release(Practitioner.of(user), personId, withheldId);
    redirect.addFlashAttribute(
        "success",
        released ? "It shows in their own view again" : "It was already shown in their own view");
    return "redirect:/people/" + personId + "/withheld";
  }

  @ExceptionHandler(OnlyTheTeam.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ModelAndView onlyTheTeam(OnlyTheTeam refused) {
    return new ModelAndView("support/withhold/only-the-team", "personId", refused.personId());
  }

  private String show(Practitioner viewer, UUID personId, String kind, String entry, Model model) {
    model.addAttribute("page", withholdings.newPage(viewer, personId, kind, entry));
    return "support/withhold/new";
  }
}
