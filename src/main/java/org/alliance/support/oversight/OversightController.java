package org.alliance.support.oversight;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.AccessGrants;
import org.alliance.support.access.GrantProblem;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data-protection lead's pages: break-glass use to review, and for any person who looked at
 * their record and under which grant. Never case notes.
 */
@Controller
class OversightController {

  private final AccessGrants grants;
  private final Oversight oversight;

  OversightController(AccessGrants grants, Oversight oversight) {
    this.grants = grants;
    this.oversight = oversight;
  }

  @GetMapping("/data-protection")
  String home(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("unreviewed", grants.unreviewed(Practitioner.of(user)));
    return "support/data-protection";
  }

  @PostMapping("/data-protection/break-glass/{grantId}/review")
  String review(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String grantId,
      @RequestParam(name = "note", required = false) String note,
      Model model,
      RedirectAttributes redirect) {
    UUID grant = PathIds.parse(grantId);
    String problem = null;
    if (note == null || note.isBlank()) {
      problem = "Write what you found before marking the use reviewed";
    } else if (note.strip().length() > 2000) {
      problem = "The review must be 2000 characters or fewer";
    }
    if (problem == null) {
      try {
        grants.review(Practitioner.of(user), grant, note.strip());
        redirect.addFlashAttribute("success", "The break-glass use is reviewed");
        return "redirect:/data-protection";
      } catch (GrantProblem done) {
        problem = done.getMessage();
      }
    }
    model.addAttribute("unreviewed", grants.unreviewed(Practitioner.of(user)));
    model.addAttribute("problem", problem);
    model.addAttribute("problemGrant", grant);
    return "support/data-protection";
  }

  @GetMapping("/data-protection/people/{id}")
  String person(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("view", oversight.of(Practitioner.of(user), PathIds.parse(id)));
    return "support/oversight";
  }
}
