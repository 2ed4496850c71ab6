package org.alliance.support.myplan;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
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
 * The person's pages for writing in their own plan: their words beside a goal, a review or someone
 * in their network; marks on a goal; a goal of their own. Ids in these addresses are entries, and
 * {@link CoWriting} answers "not found" for any that is not this person's to write to.
 */
@Controller
class CoWritingController {

  private final CoWriting writing;

  CoWritingController(CoWriting writing) {
    this.writing = writing;
  }

  record WordsForm(String words) {}

  record MarksForm(Integer version, Boolean important, Boolean done) {}

  record GoalForm(String words, String area) {}

  @GetMapping("/my-plan/goals/{goalId}")
  String goal(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String goalId, Model model) {
    model.addAttribute("form", new WordsForm(""));
    return showGoal(user, PathIds.parse(goalId), model);
  }

  @PostMapping("/my-plan/goals/{goalId}/words")
  String goalWords(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String goalId,
      @ModelAttribute("form") WordsForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return addWords(
        user, CoWriting.Addable.GOAL, goalId, form, errors, model, redirect, this::showGoal);
  }

  @PostMapping("/my-plan/goals/{goalId}/marks")
  String goalMarks(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String goalId,
      MarksForm marks,
      Model model,
      RedirectAttributes redirect) {
    UUID id = PathIds.parse(goalId);
    try {
      writing.mark(
          user.userId(),
          id,
          marks.version() == null ? -1 : marks.version(),
          Boolean.TRUE.equals(marks.important()),
          Boolean.TRUE.equals(marks.done()));
    } catch (CoWriting.ChangedMeanwhile changed) {
      model.addAttribute("form", new WordsForm(""));
      model.addAttribute(
          "problem", "Your worker changed this goal while you were looking. Here it is now.");
      return showGoal(user, id, model);
    }
    redirect.addFlashAttribute("success", "Saved");
    return "redirect:/my-plan/goals/" + id;
  }

  private String showGoal(AllianceUser user, UUID id, Model model) {
    model.addAttribute("goal", writing.goal(user.userId(), id));
    return "support/my-plan/goal";
  }

  @GetMapping("/my-plan/goals/new")
  String newGoal(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("form", new GoalForm("", ""));
    model.addAttribute("areas", writing.areas(user.userId()));
    return "support/my-plan/goal-new";
  }

  @PostMapping("/my-plan/goals")
  String addGoal(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") GoalForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID area = null;
    try {
      area = form.area() == null || form.area().isBlank() ? null : UUID.fromString(form.area());
    } catch (IllegalArgumentException notAnId) {
      // Read as no choice: the service says to choose one.
    }
    try {
      writing.addGoal(user.userId(), form.words(), area);
    } catch (Words.Problem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      model.addAttribute("areas", writing.areas(user.userId()));
      return "support/my-plan/goal-new";
    }
    redirect.addFlashAttribute("success", "Your goal is added");
    return "redirect:/my-plan";
  }

  @GetMapping("/my-plan/people/{networkId}")
  String person(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String networkId, Model model) {
    model.addAttribute("form", new WordsForm(""));
    return showPerson(user, PathIds.parse(networkId), model);
  }

  @PostMapping("/my-plan/people/{networkId}/words")
  String personWords(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String networkId,
      @ModelAttribute("form") WordsForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return addWords(
        user,
        CoWriting.Addable.NETWORK,
        networkId,
        form,
        errors,
        model,
        redirect,
        this::showPerson);
  }

  private String showPerson(AllianceUser user, UUID id, Model model) {
    model.addAttribute("member", writing.networkMember(user.userId(), id));
    return "support/my-plan/network-person";
  }

  @GetMapping("/my-plan/reviews/{reviewId}")
  String review(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String reviewId, Model model) {
    model.addAttribute("form", new WordsForm(""));
    return showReview(user, PathIds.parse(reviewId), model);
  }

  @PostMapping("/my-plan/reviews/{reviewId}/words")
  String reviewWords(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String reviewId,
      @ModelAttribute("form") WordsForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return addWords(
        user, CoWriting.Addable.REVIEW, reviewId, form, errors, model, redirect, this::showReview);
  }

  private String showReview(AllianceUser user, UUID id, Model model) {
    model.addAttribute("review", writing.review(user.userId(), id));
    return "support/my-plan/review";
  }

  record ShareForm(Boolean share) {}

  /** The person ticks, or unticks, "You may quote these words, without my name, in reports". */
  @PostMapping("/my-plan/words/{wordsId}/sharing")
  String shareWords(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String wordsId,
      ShareForm form,
      RedirectAttributes redirect) {
    boolean share = Boolean.TRUE.equals(form.share());
    CoWriting.WordsPlace place = writing.share(user.userId(), PathIds.parse(wordsId), share);
    redirect.addFlashAttribute(
        "success",
        share
            ? "Thank you. These words may be quoted, without your name, in reports"
            : "These words will not be quoted in reports");
    return "redirect:" + place.page();
  }

  /** Shows an entry's page again, for the same person, with the form's errors. */
  @FunctionalInterface
  private interface EntryPage {
    String show(AllianceUser user, UUID id, Model model);
  }

  /** Adds the person's words to an entry, then back to its page (or the page with the error). */
  private String addWords(
      AllianceUser user,
      CoWriting.Addable kind,
      String rawId,
      WordsForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      EntryPage page) {
    UUID id = PathIds.parse(rawId);
    try {
      writing.addWords(user.userId(), kind, id, form.words());
    } catch (Words.Problem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return page.show(user, id, model);
    }
    redirect.addFlashAttribute("success", "Your words are saved");
    return "redirect:" + kind.page + id;
  }
}
