package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviewing the plan: what went well, what changed, and where each goal being worked on stands now,
 * in one form. Ratings come as {@code score-<goal id>} fields, one per goal, each optional.
 */
@Controller
class ReviewController {

  private final Reviews reviews;
  private final PlanForms forms;

  ReviewController(Reviews reviews, PlanForms forms) {
    this.reviews = reviews;
    this.forms = forms;
  }

  record ReviewForm(
      String onDay,
      String onMonth,
      String onYear,
      String wentWell,
      String changed,
      String inWordsOf) {

    static ReviewForm blank() {
      LocalDate today = FormValues.today();
      return new ReviewForm(
          String.valueOf(today.getDayOfMonth()),
          String.valueOf(today.getMonthValue()),
          String.valueOf(today.getYear()),
          "",
          "",
          InWordsOf.PERSON.code());
    }
  }

  @GetMapping("/people/{id}/plan/reviews/new")
  String newReview(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("form", ReviewForm.blank());
    return page(Practitioner.of(user), PathIds.parse(id), Map.of(), Map.of(), model);
  }

  @PostMapping("/people/{id}/plan/reviews")
  String record(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") ReviewForm form,
      BindingResult errors,
      @RequestParam Map<String, String> fields,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    LocalDate on =
        FormValues.pastDate(errors, "onDay", form.onDay(), form.onMonth(), form.onYear());
    String well = FormValues.optionalWords(errors, "wentWell", form.wentWell(), 2000);
    String changed = FormValues.optionalWords(errors, "changed", form.changed(), 2000);
    if (well == null
        && changed == null
        && !errors.hasFieldErrors("wentWell")
        && !errors.hasFieldErrors("changed")) {
      errors.rejectValue("wentWell", "required", "Say what went well or what changed");
    }
    Optional<InWordsOf> whose = InWordsOf.fromCode(form.inWordsOf());
    if (whose.isEmpty() || whose.get() == InWordsOf.SUPPORTER) {
      errors.rejectValue("inWordsOf", "required", "Say whose words these are");
    }
    Map<UUID, Integer> scores = new LinkedHashMap<>();
    Map<String, String> scoreErrors = new LinkedHashMap<>();
    Map<String, String> typed = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (!name.startsWith("score-") || value == null || value.isBlank()) {
            return;
          }
          typed.put(name, value);
          try {
            UUID goal = PathIds.parse(name.substring("score-".length()));
            scores.put(goal, Progress.parse(name, value));
          } catch (PlanProblem problem) {
            scoreErrors.put(name, problem.getMessage());
          } catch (RuntimeException notAGoal) {
            scoreErrors.put(name, "Choose a goal from the list");
          }
        });
    if (errors.hasErrors() || !scoreErrors.isEmpty()) {
      return page(viewer, personId, typed, scoreErrors, model);
    }
    try {
      reviews.record(
          viewer, personId, new Reviews.Reviewed(on, well, changed, whose.get(), scores));
    } catch (PlanProblem problem) {
      errors.rejectValue("wentWell", "problem", problem.getMessage());
      return page(viewer, personId, typed, scoreErrors, model);
    }
    redirect.addFlashAttribute("success", "The review is recorded");
    return "redirect:/people/" + personId + "/plan#reviews";
  }

  private String page(
      Practitioner viewer,
      UUID personId,
      Map<String, String> typed,
      Map<String, String> scoreErrors,
      Model model) {
    model.addAttribute("context", forms.context(viewer, personId, "reviewing the plan"));
    model.addAttribute("whose", List.of(InWordsOf.PERSON, InWordsOf.WORKER));
    model.addAttribute("typed", typed);
    model.addAttribute("scoreErrors", scoreErrors);
    return "support/plan/review";
  }
}
