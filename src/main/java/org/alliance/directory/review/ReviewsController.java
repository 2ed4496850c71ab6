package org.alliance.directory.review;

import org.alliance.directory.hsds.EditorScope;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.UserAccounts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors review the entries they look after that have not been checked for a while. */
@Controller
class ReviewsController {

  private final ReviewsDue reviews;
  private final UserAccounts users;

  ReviewsController(ReviewsDue reviews, UserAccounts users) {
    this.reviews = reviews;
    this.users = users;
  }

  @GetMapping("/directory/reviews")
  String list(@AuthenticationPrincipal AllianceUser editor, Model model) {
    model.addAttribute("services", reviews.forEditor(EditorScope.of(editor)));
    model.addAttribute("dueBefore", reviews.dueBefore());
    return "directory/reviews";
  }

  @PostMapping("/directory/reviews/{serviceId}/checked")
  String checked(
      @AuthenticationPrincipal AllianceUser editor,
      @PathVariable String serviceId,
      RedirectAttributes redirect) {
    String email = users.find(editor.userId()).map(account -> account.email()).orElse(null);
    if (reviews.markChecked(serviceId, email, EditorScope.of(editor))) {
      redirect.addFlashAttribute("success", "Marked as checked today");
    }
    return "redirect:/directory/reviews";
  }
}
