package org.alliance.support.plan;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /people/{id}/plan}: the plan on one page, and how often it is reviewed. */
@Controller
class PlanController {

  private final Plans plans;

  PlanController(Plans plans) {
    this.plans = plans;
  }

  /** Weeks between reviews, and the version of the plan the form was opened on. */
  record IntervalForm(String weeks, Integer version) {}

  @GetMapping("/people/{id}/plan")
  String plan(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    return show(Practitioner.of(user), PathIds.parse(id), null, null, model);
  }

  @PostMapping("/people/{id}/plan/review-interval")
  String reviewEvery(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute IntervalForm form,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    int weeks;
    try {
      weeks = Integer.parseInt(form.weeks() == null ? "" : form.weeks().strip());
    } catch (NumberFormatException e) {
      return show(
          viewer, personId, "Enter the number of weeks as a whole number, like 12", form, model);
    }
    try {
      plans.reviewEvery(viewer, personId, weeks, form.version());
    } catch (PlanProblem problem) {
      return show(viewer, personId, problem.getMessage(), form, model);
    } catch (StaleEdit stale) {
      PlanSettings now = (PlanSettings) stale.current();
      return show(
          viewer,
          personId,
          "This changed since you opened it: reviews are now every "
              + now.reviewEveryWeeks()
              + " weeks. Yours was "
              + form.weeks()
              + ": send it again to keep yours.",
          new IntervalForm(form.weeks(), now.version()),
          model);
    }
    redirect.addFlashAttribute("success", "Reviews are now every " + weeks + " weeks");
    return "redirect:/people/" + personId + "/plan#reviews";
  }

  private String show(
      Practitioner viewer, UUID personId, String problem, IntervalForm form, Model model) {
    PlanPage page = plans.page(viewer, personId);
    model.addAttribute("page", page);
    model.addAttribute("problem", problem);
    model.addAttribute(
        "interval",
        form != null
            ? form
            : new IntervalForm(
                String.valueOf(
                    page.settings() == null
                        ? Math.round(plans.defaultReviewDays() / 7.0)
                        : page.settings().reviewEveryWeeks()),
                page.settings() == null ? 0 : page.settings().version()));
    return "support/plan/plan";
  }
}
