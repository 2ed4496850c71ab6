package org.alliance.support.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.alliance.support.plan.GoalForms.GoalForm;
import org.alliance.support.plan.GoalForms.ProgressForm;
import org.alliance.support.plan.GoalForms.StepDoneForm;
import org.alliance.support.plan.GoalForms.StepForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting a goal, and a goal's own page: changing it (or saying it is achieved, paused or let go),
 * its steps, and its progress.
 */
@Controller
class GoalController {

  private final Goals goals;
  private final PlanForms forms;

  GoalController(Goals goals, PlanForms forms) {
    this.goals = goals;
    this.forms = forms;
  }

  @GetMapping("/people/{id}/plan/goals/new")
  String newGoal(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("form", GoalForm.blank());
    return newPage(Practitioner.of(user), PathIds.parse(id), model);
  }

  @PostMapping("/people/{id}/plan/goals")
  String add(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") GoalForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    Optional<Goals.Aim> aim = form.check(errors);
    Integer score = form.firstScore(errors);
    if (errors.hasErrors()) {
      return newPage(viewer, personId, model);
    }
    UUID goal;
    try {
      goal = goals.add(viewer, personId, aim.get(), score);
    } catch (PlanProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return newPage(viewer, personId, model);
    }
    redirect.addFlashAttribute("success", "The goal is set. Add the first steps and who helps.");
    return "redirect:/people/" + personId + "/plan/goals/" + goal;
  }

  @GetMapping("/people/{id}/plan/goals/{goalId}")
  String goal(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String goalId,
      Model model) {
    PlanForms.Context context = open(Practitioner.of(user), id, goalId);
    model.addAttribute("form", GoalForm.of(context.goal()));
    return goalPage(context, null, model);
  }

  @PostMapping("/people/{id}/plan/goals/{goalId}")
  String change(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String goalId,
      @ModelAttribute("form") GoalForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Practitioner viewer = Practitioner.of(user);
    UUID personId = PathIds.parse(id);
    UUID goal = PathIds.parse(goalId);
    Optional<Goals.Aim> aim = form.check(errors);
    if (form.version() == null) {
      errors.reject("version", "This changed since you opened it: check it and try again");
    }
    if (errors.hasErrors()) {
      return goalPage(open(viewer, id, goalId), null, model);
    }
    try {
      goals.change(viewer, personId, goal, aim.get(), form.version());
    } catch (StaleEdit stale) {
      Goal now = (Goal) stale.current();
      errors.reject(
          "stale",
          "This changed since you opened it. It is shown below as it is now; what you typed is"
              + " kept in the form: save again to keep yours.");
      model.addAttribute("version", now.version());
      return goalPage(open(viewer, id, goalId), now, model);
    } catch (PlanProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return goalPage(open(viewer, id, goalId), null, model);
    }
    redirect.addFlashAttribute("success", "The goal is changed: " + aim.get().status().label());
    return "redirect:/people/" + personId + "/plan/goals/" + goal;
  }

  @PostMapping("/people/{id}/plan/goals/{goalId}/steps")
  String addStep(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String goalId,
      @ModelAttribute("step") StepForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Practitioner viewer = Practitioner.of(user);
    UUID personId = PathIds.parse(id);
    UUID goal = PathIds.parse(goalId);
    String words =
        FormValues.words(errors, "stepWords", form.stepWords(), 500, "Write the step down");
    Optional<Goals.Helper> helper = form.helperChosen(errors);
    if (!errors.hasErrors()) {
      try {
        goals.addStep(viewer, personId, goal, words, helper.get());
        redirect.addFlashAttribute("success", "The step is added");
        return "redirect:/people/" + personId + "/plan/goals/" + goal + "#steps";
      } catch (PlanProblem problem) {
        errors.rejectValue(problem.field(), "problem", problem.getMessage());
      }
    }
    PlanForms.Context context = open(viewer, id, goalId);
    model.addAttribute("form", GoalForm.of(context.goal()));
    return goalPage(context, null, model);
  }

  /**
   * Marks a step done or not done. The step's own address, not under its goal's, keeps the path to
   * two ids (hostile input tries 10 kB in each).
   */
  @PostMapping("/people/{id}/plan/steps/{stepId}")
  String stepDone(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String stepId,
      @ModelAttribute StepDoneForm form,
      RedirectAttributes redirect) {
    Practitioner viewer = Practitioner.of(user);
    UUID personId = PathIds.parse(id);
    UUID step = PathIds.parse(stepId);
    boolean done = "yes".equals(form.done());
    UUID goal;
    try {
      goal = goals.stepDone(viewer, personId, step, done, form.version());
      redirect.addFlashAttribute("success", done ? "The step is done" : "The step is not done yet");
    } catch (StaleEdit stale) {
      goal = ((Step) stale.current()).goalId();
      redirect.addFlashAttribute(
          "problem",
          "This step changed since you opened the page. It is shown as it is now: mark it again if"
              + " you still need to.");
    }
    return "redirect:/people/" + personId + "/plan/goals/" + goal + "#steps";
  }

  @PostMapping("/people/{id}/plan/goals/{goalId}/progress")
  String rate(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String goalId,
      @ModelAttribute("progress") ProgressForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Practitioner viewer = Practitioner.of(user);
    UUID personId = PathIds.parse(id);
    UUID goal = PathIds.parse(goalId);
    Integer score = null;
    try {
      score = Progress.parse("score", form.score());
    } catch (PlanProblem problem) {
      errors.rejectValue("score", "range", problem.getMessage());
    }
    Optional<InWordsOf> by = InWordsOf.fromCode(form.ratedBy());
    if (by.isEmpty()) {
      errors.rejectValue("ratedBy", "required", "Say who gave this rating");
    }
    String note = FormValues.optionalWords(errors, "note", form.note(), 500);
    if (!errors.hasErrors()) {
      goals.rate(viewer, personId, goal, score, by.get(), note);
      redirect.addFlashAttribute("success", "Progress is recorded: " + score + " out of 10");
      return "redirect:/people/" + personId + "/plan/goals/" + goal + "#progress";
    }
    PlanForms.Context context = open(viewer, id, goalId);
    model.addAttribute("form", GoalForm.of(context.goal()));
    return goalPage(context, null, model);
  }

  private PlanForms.Context open(Practitioner viewer, String id, String goalId) {
    return forms.withGoal(viewer, PathIds.parse(id), PathIds.parse(goalId), "goal page");
  }

  private String newPage(Practitioner viewer, UUID personId, Model model) {
    model.addAttribute("context", forms.context(viewer, personId, "setting a goal"));
    model.addAttribute("whose", List.of(InWordsOf.PERSON, InWordsOf.WORKER));
    return "support/plan/goal-new";
  }

  private String goalPage(PlanForms.Context context, Goal stale, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("goal", context.goal());
    model.addAttribute("stale", stale);
    model.addAttribute("whose", List.of(InWordsOf.PERSON, InWordsOf.WORKER));
    model.addAttribute("raters", List.of(InWordsOf.values()));
    model.addAttribute("statuses", List.of(GoalStatus.values()));
    if (!model.containsAttribute("step")) {
      model.addAttribute("step", StepForm.blank());
    }
    if (!model.containsAttribute("progress")) {
      model.addAttribute("progress", ProgressForm.blank());
    }
    return "support/plan/goal";
  }
}
