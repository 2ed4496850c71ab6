package org.alliance.commissioning.review;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.review.ReviewForms.ActionForm;
import org.alliance.commissioning.review.ReviewForms.ChecklistForm;
import org.alliance.commissioning.review.ReviewForms.CriterionForm;
import org.alliance.commissioning.review.ReviewForms.ReviewForm;
import org.alliance.identity.AllianceUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The commissioner's contract reviews: checklists of criteria from service specifications, reviews
 * of a contract against one, each criterion's evidence and rating, and the actions that follow.
 */
@Controller
class ContractReviewController {

  private final Checklists checklists;
  private final ContractReviews reviews;

  ContractReviewController(Checklists checklists, ContractReviews reviews) {
    this.checklists = checklists;
    this.reviews = reviews;
  }

  // Checklists

  @GetMapping("/commissioning/checklists")
  String checklists(Model model) {
    model.addAttribute("checklists", checklists.list());
    return "commissioning/review/checklists";
  }

  @GetMapping("/commissioning/checklists/new")
  String newChecklist(Model model) {
    model.addAttribute("form", ChecklistForm.blank());
    model.addAttribute("errors", Map.of());
    return "commissioning/review/checklist-new";
  }

  @PostMapping("/commissioning/checklists")
  String createChecklist(
      @ModelAttribute("form") ChecklistForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    form.check(errors);
    if (errors.isEmpty()) {
      try {
        UUID id =
            checklists.create(
                ReviewForms.strip(form.name()), ReviewForms.strip(form.specification()));
        redirect.addFlashAttribute("success", "The checklist is made: now add its criteria");
        return "redirect:/commissioning/checklists/" + id;
      } catch (ReviewProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("errors", errors);
    return "commissioning/review/checklist-new";
  }

  @GetMapping("/commissioning/checklists/{checklistId}")
  String checklist(@PathVariable String checklistId, Model model) {
    return checklistPage(checklists.find(id(checklistId)), CriterionForm.blank(), Map.of(), model);
  }

  @PostMapping("/commissioning/checklists/{checklistId}/criteria")
  String addCriterion(
      @PathVariable String checklistId,
      @ModelAttribute("form") CriterionForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Checklist checklist = checklists.find(id(checklistId));
    Map<String, String> errors = new LinkedHashMap<>();
    form.check(errors);
    if (errors.isEmpty()) {
      checklists.addCriterion(
          checklist.id(), ReviewForms.strip(form.criterion()), ReviewForms.strip(form.guidance()));
      redirect.addFlashAttribute("success", "The criterion is added");
      return "redirect:/commissioning/checklists/" + checklist.id() + "#criteria";
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return checklistPage(checklist, form, errors, model);
  }

  private String checklistPage(
      Checklist checklist, CriterionForm form, Map<String, String> errors, Model model) {
    model.addAttribute("checklist", checklist);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "commissioning/review/checklist";
  }

  // Reviews

  @GetMapping("/commissioning/reviews")
  String reviews(Model model) {
    model.addAttribute("reviews", reviews.list());
    model.addAttribute("rule", Rag.RULE);
    return "commissioning/review/reviews";
  }

  @GetMapping("/commissioning/reviews/new")
  String newReview(Model model) {
    return newReviewPage(ReviewForm.blank(ContractReviews.today()), Map.of(), model);
  }

  @PostMapping("/commissioning/reviews")
  String createReview(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") ReviewForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate on = form.check(errors, ContractReviews.today());
    if (errors.isEmpty()) {
      try {
        UUID id =
            reviews.create(
                user, ReviewForms.uuid(form.contract()), ReviewForms.uuid(form.checklist()), on);
        redirect.addFlashAttribute("success", "The review is started");
        return "redirect:/commissioning/reviews/" + id;
      } catch (ReviewProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return newReviewPage(form, errors, model);
  }

  private String newReviewPage(ReviewForm form, Map<String, String> errors, Model model) {
    Map<String, String> contracts = new LinkedHashMap<>();
    reviews.contracts().forEach(c -> contracts.put(c.id().toString(), c.label()));
    Map<String, String> lists = new LinkedHashMap<>();
    checklists.list().forEach(c -> lists.put(c.id().toString(), c.name()));
    model.addAttribute("contractOptions", contracts);
    model.addAttribute("checklistOptions", lists);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "commissioning/review/review-new";
  }

  @GetMapping("/commissioning/reviews/{contractReviewId}")
  String review(@PathVariable String contractReviewId, Model model) {
    ContractReview review = reviews.find(id(contractReviewId));
    return reviewPage(review, null, ActionForm.blank(ContractReviews.today()), Map.of(), model);
  }

  @PostMapping("/commissioning/reviews/{contractReviewId}")
  String assess(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String contractReviewId,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ContractReview review = reviews.find(id(contractReviewId));
    Map<String, String> errors = new LinkedHashMap<>();
    List<ContractReviews.NewFinding> findings = ReviewForms.findings(review, form, errors);
    Integer version = ReviewForms.version(form.get("version"));
    boolean complete = "yes".equals(form.get("complete"));
    int status = HttpServletResponse.SC_BAD_REQUEST;
    if (version == null) {
      errors.put("rating-1", new StaleReview().getMessage());
    } else if (errors.isEmpty()) {
      try {
        reviews.assess(user, review.id(), version, findings, complete);
        redirect.addFlashAttribute(
            "success",
            complete ? "The review is saved and marked as completed" : "The review is saved");
        return "redirect:/commissioning/reviews/" + review.id();
      } catch (StaleReview stale) {
        errors.put("rating-1", stale.getMessage());
        status = HttpServletResponse.SC_CONFLICT;
        review = reviews.find(review.id());
      }
    }
    response.setStatus(status);
    return reviewPage(review, form, ActionForm.blank(ContractReviews.today()), errors, model);
  }

  @PostMapping("/commissioning/reviews/{contractReviewId}/actions")
  String addAction(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String contractReviewId,
      @ModelAttribute("action") ActionForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ContractReview review = reviews.find(id(contractReviewId));
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate due = form.check(errors, ContractReviews.today());
    if (errors.isEmpty()) {
      try {
        reviews.addAction(
            user,
            review.id(),
            ReviewForms.strip(form.description()),
            ReviewForms.uuid(form.owner()),
            due);
        redirect.addFlashAttribute("success", "The action is added");
        return "redirect:/commissioning/reviews/" + review.id() + "#actions";
      } catch (ReviewProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return reviewPage(review, null, form, errors, model);
  }

  /**
   * The review with its assessment form (as typed, if sent back) and its actions.
   *
   * @param typed the assessment form as sent, or null to show what is saved
   */
  private String reviewPage(
      ContractReview review,
      Map<String, String> typed,
      ActionForm action,
      Map<String, String> errors,
      Model model) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ContractReview.Finding f : review.findings()) {
      int n = f.criterion().position();
      values.put("rating-" + n, f.rating().code());
      values.put("evidence-" + n, f.evidence() == null ? "" : f.evidence());
      values.put("comment-" + n, f.comment() == null ? "" : f.comment());
    }
    if (typed != null) {
      values.keySet().forEach(key -> values.put(key, typed.getOrDefault(key, "")));
    }
    Map<String, String> owners = new LinkedHashMap<>();
    reviews.owners().forEach(o -> owners.put(o.id().toString(), o.name()));
    model.addAttribute("review", review);
    model.addAttribute("values", values);
    model.addAttribute("ratings", Rag.values());
    model.addAttribute("rule", Rag.RULE);
    model.addAttribute("action", action);
    model.addAttribute("ownerOptions", owners);
    model.addAttribute("errors", errors);
    model.addAttribute("today", ContractReviews.today());
    return "commissioning/review/review";
  }

  static UUID id(String text) {
    UUID id = ReviewForms.uuid(text);
    if (id == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return id;
  }
}
