package org.alliance.commissioning.review;

import java.util.Map;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /alliance/actions}: the signed-in user's own review actions, wherever they came from, and
 * marking one done. Under {@code /alliance} because an action's owner may be the alliance manager,
 * who does not reach the commissioner's pages; only the owner's own actions are ever shown.
 */
@Controller
class ActionController {

  private final ContractReviews reviews;

  ActionController(ContractReviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping("/alliance/actions")
  String mine(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("actions", reviews.actionsOf(user.userId()));
    model.addAttribute("today", ContractReviews.today());
    model.addAttribute("commissioner", user.hasRole(Role.COMMISSIONER));
    return "commissioning/review/actions";
  }

  @PostMapping("/alliance/actions/{actionId}")
  String done(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String actionId,
      @RequestParam Map<String, String> form,
      RedirectAttributes redirect) {
    Integer version = ReviewForms.version(form.get("version"));
    ReviewAction action;
    try {
      action =
          reviews.markDone(
              user, ContractReviewController.id(actionId), version == null ? -1 : version);
      redirect.addFlashAttribute("success", "The action is marked as done");
    } catch (StaleReview stale) {
      redirect.addFlashAttribute(
          "problem", "That action changed since you opened the page: it is shown as it is now.");
      action = null;
    }
    if ("review".equals(form.get("from")) && user.hasRole(Role.COMMISSIONER) && action != null) {
      return "redirect:/commissioning/reviews/" + action.reviewId() + "#actions";
    }
    return "redirect:/alliance/actions";
  }
}
