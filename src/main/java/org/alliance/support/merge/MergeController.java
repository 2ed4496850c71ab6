package org.alliance.support.merge;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /people/{id}/merge}: merge another record of the same person into this one; {@code
 * /people/{id}/merges/{mergeId}/undo}: undo it.
 */
@Controller
class MergeController {

  private final Merges merges;

  MergeController(Merges merges) {
    this.merges = merges;
  }

  @GetMapping("/people/{id}/merge")
  String page(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    return show(Practitioner.of(user), PathIds.parse(id), MergeForm.empty(), model, null);
  }

  @PostMapping("/people/{id}/merge")
  String merge(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("mergeForm") MergeForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Practitioner viewer = Practitioner.of(user);
    UUID survivor = PathIds.parse(id);
    Optional<UUID> other = form.check(errors);
    if (other.isEmpty()) {
      return show(viewer, survivor, form, model, null);
    }
    try {
      merges.merge(viewer, survivor, other.get(), form.reason().strip());
    } catch (MergeProblem problem) {
      return show(viewer, survivor, form, model, problem.getMessage());
    }
    redirect.addFlashAttribute(
        "success", "The records are merged. You can undo this from this record.");
    return "redirect:/people/" + survivor;
  }

  @GetMapping("/people/{id}/merges/{mergeId}/undo")
  String undoPage(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String mergeId,
      Model model) {
    return showUndo(
        Practitioner.of(user),
        PathIds.parse(id),
        PathIds.parse(mergeId),
        UndoForm.empty(),
        model,
        null);
  }

  @PostMapping("/people/{id}/merges/{mergeId}/undo")
  String undo(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String mergeId,
      @ModelAttribute("undoForm") UndoForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Practitioner viewer = Practitioner.of(user);
    UUID survivor = PathIds.parse(id);
    UUID merge = PathIds.parse(mergeId);
    if (!form.check(errors)) {
      return showUndo(viewer, survivor, merge, form, model, null);
    }
    UUID other;
    try {
      other = merges.unmerge(viewer, survivor, merge, form.reason().strip());
    } catch (MergeProblem problem) {
      return showUndo(viewer, survivor, merge, form, model, problem.getMessage());
    }
    redirect.addFlashAttribute(
        "success", "The merge is undone: the two records stand alone again.");
    redirect.addFlashAttribute("separated", other);
    return "redirect:/people/" + survivor;
  }

  private String show(
      Practitioner viewer, UUID survivor, MergeForm form, Model model, String problem) {
    model.addAttribute("page", merges.page(viewer, survivor));
    if (!model.containsAttribute("mergeForm")) {
      model.addAttribute("mergeForm", form);
    }
    model.addAttribute("problem", problem);
    return "support/merge";
  }

  private String showUndo(
      Practitioner viewer, UUID survivor, UUID merge, UndoForm form, Model model, String problem) {
    model.addAttribute("merge", merges.view(viewer, survivor, merge));
    if (!model.containsAttribute("undoForm")) {
      model.addAttribute("undoForm", form);
    }
    model.addAttribute("problem", problem);
    return "support/unmerge";
  }
}
