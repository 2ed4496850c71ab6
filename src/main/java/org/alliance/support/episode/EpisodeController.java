package org.alliance.support.episode;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening an episode of support (or coming back: a new one, with every earlier episode in view) and
 * closing one with a reason.
 */
@Controller
class EpisodeController {

  static final int REASON_MAX = 500;

  private final Episodes episodes;
  private final PersonAccess access;

  EpisodeController(Episodes episodes, PersonAccess access) {
    this.episodes = episodes;
    this.access = access;
  }

  /** The member where the episode opens, and why. */
  record OpenForm(String member, String reason) {}

  /** Why the episode closes, and the version of it the form was opened on. */
  record CloseForm(String reason, Integer version) {}

  @GetMapping("/people/{id}/episodes/new")
  String openForm(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @RequestParam(name = "member", required = false) String member,
      @RequestParam(name = "back", required = false) String back,
      Model model) {
    UUID personId = PathIds.parse(id);
    boolean comingBack = "yes".equals(back);
    String chosen =
        member == null || member.isBlank() ? user.organisationId().toString() : member.strip();
    model.addAttribute("form", new OpenForm(chosen, comingBack ? "Coming back" : ""));
    return openPage(Practitioner.of(user), personId, model);
  }

  @PostMapping("/people/{id}/episodes")
  String open(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") OpenForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    UUID member = null;
    try {
      member = form.member() == null ? null : PathIds.parse(form.member().strip());
    } catch (RuntimeException notAnId) {
      // reported below
    }
    if (member == null) {
      errors.rejectValue("member", "required", "Choose a member from the list");
    }
    checkReason(form.reason(), errors, "Say why the episode opens");
    if (errors.hasErrors()) {
      return openPage(viewer, personId, model);
    }
    try {
      episodes.open(viewer, personId, member, form.reason().strip());
    } catch (EpisodeProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return openPage(viewer, personId, model);
    }
    redirect.addFlashAttribute("success", "The episode of support is open");
    return "redirect:/people/" + personId;
  }

  @GetMapping("/people/{id}/episodes/{episodeId}/close")
  String closeForm(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String episodeId,
      Model model) {
    UUID personId = PathIds.parse(id);
    UUID episode = PathIds.parse(episodeId);
    EpisodePage page =
        episodes.page(Practitioner.of(user), personId, episode, "closing an episode");
    model.addAttribute("form", new CloseForm("", page.episode().version()));
    return closePage(page, null, model);
  }

  @PostMapping("/people/{id}/episodes/{episodeId}/close")
  String close(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String episodeId,
      @ModelAttribute("form") CloseForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID episode = PathIds.parse(episodeId);
    Practitioner viewer = Practitioner.of(user);
    checkReason(form.reason(), errors, "Say why the episode closes");
    if (form.version() == null) {
      errors.reject("version", "This changed since you opened it: check it and try again");
    }
    if (errors.hasErrors()) {
      return closePage(episodes.page(viewer, personId, episode, "closing an episode"), null, model);
    }
    try {
      episodes.close(viewer, personId, episode, form.reason().strip(), form.version());
    } catch (StaleEpisode stale) {
      errors.reject(
          "stale",
          "This changed since you opened it. It is shown below as it is now; your reason is kept"
              + " in the box.");
      return closePage(
          episodes.page(viewer, personId, episode, "closing an episode"), stale.current(), model);
    } catch (EpisodeProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return closePage(episodes.page(viewer, personId, episode, "closing an episode"), null, model);
    }
    if (!access.mayOpen(viewer, personId)) {
      // Closing ended their member's access: back to their own people, not to a closed door.
      redirect.addFlashAttribute(
          "success", "The episode of support is closed, and with it your member's access");
      return "redirect:/people";
    }
    redirect.addFlashAttribute("success", "The episode of support is closed");
    return "redirect:/people/" + personId;
  }

  private String openPage(Practitioner viewer, UUID personId, Model model) {
    model.addAttribute("page", episodes.page(viewer, personId, null, "opening an episode"));
    return "support/work/episode-open";
  }

  private String closePage(EpisodePage page, EpisodeView stale, Model model) {
    model.addAttribute("page", page);
    model.addAttribute("stale", stale);
    model.addAttribute("version", page.episode().version());
    return "support/work/episode-close";
  }

  private static void checkReason(String reason, Errors errors, String missing) {
    if (reason == null || reason.isBlank()) {
      errors.rejectValue("reason", "required", missing);
    } else if (reason.strip().length() > REASON_MAX) {
      errors.rejectValue(
          "reason", "length", "The reason must be " + REASON_MAX + " characters or fewer");
    }
  }
}
