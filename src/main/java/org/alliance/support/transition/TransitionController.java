package org.alliance.support.transition;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.directory.ServiceLookup;
import org.alliance.directory.ServiceSearch;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.transition.TransitionForms.HappenedForm;
import org.alliance.support.transition.TransitionForms.PlanForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /people/{id}/transition}: the plan for the move at 18 and at 21 (a receiving service found
 * in the directory, what the person wants in their own words, the planned day) and the move as it
 * happened.
 */
@Controller
class TransitionController {

  private final TransitionPlans plans;
  private final ServiceLookup directory;

  TransitionController(TransitionPlans plans, ServiceLookup directory) {
    this.plans = plans;
    this.directory = directory;
  }

  @GetMapping("/people/{id}/transition")
  String page(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @RequestParam(name = "milestone", required = false) String milestone,
      @RequestParam(name = "service", required = false) String service,
      @RequestParam(name = "words", required = false) String words,
      @RequestParam(name = "postcode", required = false) String postcode,
      Model model,
      HttpServletResponse response) {
    TransitionPage page =
        plans.page(
            Practitioner.of(user),
            PathIds.parse(id),
            TransitionForms.milestone(milestone),
            service);
    ServiceSearch search = new ServiceSearch(words, postcode);
    model.addAttribute("search", search);
    if (words != null || postcode != null) {
      var result = directory.find(search);
      if (result.problem() != null) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      }
      model.addAttribute("result", result);
    }
    String chosen = page.chosen() == null ? null : page.chosen().id();
    return show(
        page,
        PlanForm.of(page.plan(), page.milestone(), chosen),
        HappenedForm.empty(page.milestone(), page.plan()),
        Map.of(),
        null,
        model);
  }

  @PostMapping("/people/{id}/transition")
  String save(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("plan") PlanForm form,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    Map<String, String> errors = new LinkedHashMap<>();
    TransitionPlans.Change change = form.check(errors, LocalDate.now(PersonAccess.UK));
    Integer milestone = TransitionForms.milestone(form.milestone());
    if (change != null) {
      try {
        plans.save(viewer, personId, change);
        redirect.addFlashAttribute(
            "success", "The plan for the move at " + milestone + " is saved");
        return "redirect:/people/" + personId + "/transition?milestone=" + milestone;
      } catch (StalePlan stale) {
        errors.put(
            "wishes",
            "This plan changed since you opened it. It is shown below as it is now; your changes"
                + " are still in the form: check them and save again.");
        TransitionPage page = plans.page(viewer, personId, milestone, form.service());
        PlanForm yours =
            new PlanForm(
                form.milestone(),
                form.service(),
                form.wishes(),
                form.plannedDay(),
                form.plannedMonth(),
                form.plannedYear(),
                String.valueOf(stale.current().version()));
        return show(
            page,
            yours,
            HappenedForm.empty(page.milestone(), page.plan()),
            errors,
            stale.current(),
            model);
      } catch (TransitionProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    TransitionPage page = plans.page(viewer, personId, milestone, form.service());
    return show(page, form, HappenedForm.empty(page.milestone(), page.plan()), errors, null, model);
  }

  @PostMapping("/people/{id}/transition/happened")
  String happened(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("happened") HappenedForm form,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    Map<String, String> errors = new LinkedHashMap<>();
    Integer milestone = TransitionForms.milestone(form.milestone());
    if (milestone == null) {
      errors.put("how", "Choose the milestone: 18 or 21");
    }
    boolean planned = "planned".equals(form.how());
    if (!planned && !"unplanned".equals(form.how())) {
      errors.put("how", "Say whether the move happened as planned");
    }
    LocalDate today = LocalDate.now(PersonAccess.UK);
    LocalDate on =
        TransitionForms.date(form.happenedDay(), form.happenedMonth(), form.happenedYear());
    if (on == null || on.getYear() < 2000 || on.isAfter(today)) {
      errors.put("happenedDay", "Enter the day it happened, today or before, like 27 3 2026");
    }
    Integer version = TransitionForms.version(form.version());
    if (errors.isEmpty() && version == null) {
      errors.put("how", "Write the plan first, then record the move");
    }
    if (errors.isEmpty()) {
      try {
        plans.happened(viewer, personId, milestone, planned, on, version);
        redirect.addFlashAttribute("success", "The move at " + milestone + " is recorded");
        return "redirect:/people/" + personId + "/transition?milestone=" + milestone;
      } catch (StalePlan stale) {
        errors.put(
            "how",
            "This plan changed since you opened it. It is shown below as it is now: check it and"
                + " record the move again.");
        TransitionPage page = plans.page(viewer, personId, milestone, null);
        HappenedForm yours =
            new HappenedForm(
                form.milestone(),
                form.how(),
                form.happenedDay(),
                form.happenedMonth(),
                form.happenedYear(),
                String.valueOf(stale.current().version()));
        return show(
            page,
            PlanForm.of(page.plan(), page.milestone(), null),
            yours,
            errors,
            stale.current(),
            model);
      } catch (TransitionProblem problem) {
        errors.put("how", problem.getMessage());
      }
    }
    TransitionPage page = plans.page(viewer, personId, milestone, null);
    return show(page, PlanForm.of(page.plan(), page.milestone(), null), form, errors, null, model);
  }

  private String show(
      TransitionPage page,
      PlanForm plan,
      HappenedForm happened,
      Map<String, String> errors,
      TransitionPlan stale,
      Model model) {
    model.addAttribute("page", page);
    model.addAttribute("plan", plan);
    model.addAttribute("happened", happened);
    model.addAttribute("errors", errors);
    model.addAttribute("stale", stale);
    if (!model.containsAttribute("search")) {
      model.addAttribute("search", new ServiceSearch(null, null));
    }
    return "support/transition";
  }
}
