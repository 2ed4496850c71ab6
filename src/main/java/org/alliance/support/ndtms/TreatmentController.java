package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
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
 * The practitioners' NDTMS pages on a record: the person's consent to NDTMS and client items, an
 * episode's treatment details, and its modalities. A change made meanwhile by someone else is shown
 * beside what was typed, which stays on the form; nothing is lost.
 */
@Controller
class TreatmentController {

  private static final String STALE =
      "Someone else changed this since you opened it. What is saved now is shown above what you"
          + " typed: check both, then save again.";

  private final Treatments treatments;

  TreatmentController(Treatments treatments) {
    this.treatments = treatments;
  }

  @GetMapping("/people/{id}/ndtms")
  String clientForm(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    Pages.Client page = treatments.client(Practitioner.of(user), PathIds.parse(id));
    model.addAttribute("form", ClientForm.of(page.saved(), today()));
    return client(page, null, model);
  }

  @PostMapping("/people/{id}/ndtms")
  String saveClient(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") ClientForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    Optional<ClientDetails> details = form.check(errors, treatments.book(), today());
    if (details.isEmpty()) {
      return client(treatments.client(viewer, personId), null, model);
    }
    try {
      treatments.saveClient(viewer, personId, details.get(), Versions.parse(form.version()));
    } catch (Stale stale) {
      errors.reject("stale", STALE);
      Pages.Client now = treatments.client(viewer, personId);
      model.addAttribute(
          "form", form.onVersion(now.saved() == null ? null : now.saved().version()));
      return client(now, now.saved(), model);
    }
    redirect.addFlashAttribute("success", "Their NDTMS details are saved");
    return "redirect:/people/" + personId;
  }

  private static String client(Pages.Client page, ClientDetails savedNow, Model model) {
    model.addAttribute("page", page);
    model.addAttribute("savedNow", savedNow);
    return "support/ndtms/client";
  }

  @GetMapping("/people/{id}/episodes/{episodeId}/ndtms")
  String episodeForm(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String episodeId,
      Model model) {
    Pages.Episode page =
        treatments.episode(Practitioner.of(user), PathIds.parse(id), PathIds.parse(episodeId));
    model.addAttribute("form", TreatmentForm.of(page.saved()));
    return episode(page, null, model);
  }

  @PostMapping("/people/{id}/episodes/{episodeId}/ndtms")
  String saveEpisode(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String episodeId,
      @ModelAttribute("form") TreatmentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID episode = PathIds.parse(episodeId);
    Practitioner viewer = Practitioner.of(user);
    Optional<TreatmentDetails> details = form.check(errors, treatments.book(), today());
    if (details.isEmpty()) {
      return episode(treatments.episode(viewer, personId, episode), null, model);
    }
    try {
      treatments.saveTreatment(
          viewer, personId, episode, details.get(), Versions.parse(form.version()));
    } catch (Stale stale) {
      errors.reject("stale", STALE);
      Pages.Episode now = treatments.episode(viewer, personId, episode);
      model.addAttribute(
          "form", form.onVersion(now.saved() == null ? null : now.saved().version()));
      return episode(now, now.saved(), model);
    } catch (NdtmsProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return episode(treatments.episode(viewer, personId, episode), null, model);
    }
    redirect.addFlashAttribute("success", "The episode's NDTMS treatment details are saved");
    return "redirect:/people/" + personId + "/episodes/" + episode + "/ndtms";
  }

  private static String episode(Pages.Episode page, TreatmentDetails savedNow, Model model) {
    model.addAttribute("page", page);
    model.addAttribute("savedNow", savedNow);
    return "support/ndtms/episode";
  }

  @GetMapping("/people/{id}/episodes/{episodeId}/ndtms/modalities/new")
  String newModality(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String episodeId,
      Model model) {
    Pages.ModalityPage page =
        treatments.modality(
            Practitioner.of(user), PathIds.parse(id), PathIds.parse(episodeId), null);
    model.addAttribute("form", ModalityForm.of(null));
    return modality(page, null, model);
  }

  @PostMapping("/people/{id}/episodes/{episodeId}/ndtms/modalities")
  String addModality(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String episodeId,
      @ModelAttribute("form") ModalityForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return saveModality(user, id, episodeId, null, form, errors, model, redirect);
  }

  @GetMapping("/people/{id}/episodes/{episodeId}/ndtms/modalities/{modalityId}")
  String modalityForm(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String episodeId,
      @PathVariable String modalityId,
      Model model) {
    Pages.ModalityPage page =
        treatments.modality(
            Practitioner.of(user),
            PathIds.parse(id),
            PathIds.parse(episodeId),
            PathIds.parse(modalityId));
    model.addAttribute("form", ModalityForm.of(page.saved()));
    return modality(page, null, model);
  }

  @PostMapping("/people/{id}/episodes/{episodeId}/ndtms/modalities/{modalityId}")
  String changeModality(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String episodeId,
      @PathVariable String modalityId,
      @ModelAttribute("form") ModalityForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return saveModality(
        user, id, episodeId, PathIds.parse(modalityId), form, errors, model, redirect);
  }

  private String saveModality(
      AllianceUser user,
      String id,
      String episodeId,
      UUID modalityId,
      ModalityForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID episode = PathIds.parse(episodeId);
    Practitioner viewer = Practitioner.of(user);
    Optional<Modality> details = form.check(errors, treatments.book(), today());
    if (details.isEmpty()) {
      return modality(treatments.modality(viewer, personId, episode, modalityId), null, model);
    }
    try {
      treatments.saveModality(
          viewer, personId, episode, modalityId, details.get(), Versions.parse(form.version()));
    } catch (Stale stale) {
      errors.reject("stale", STALE);
      Pages.ModalityPage now = treatments.modality(viewer, personId, episode, modalityId);
      model.addAttribute("form", form.onVersion(now.saved().version()));
      return modality(now, now.saved(), model);
    } catch (NdtmsProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return modality(treatments.modality(viewer, personId, episode, modalityId), null, model);
    }
    redirect.addFlashAttribute("success", "The modality is saved");
    return "redirect:/people/" + personId + "/episodes/" + episode + "/ndtms";
  }

  private static String modality(Pages.ModalityPage page, Modality savedNow, Model model) {
    model.addAttribute("page", page);
    model.addAttribute("savedNow", savedNow);
    return "support/ndtms/modality";
  }

  private static LocalDate today() {
    return LocalDate.now(PersonAccess.UK);
  }
}
