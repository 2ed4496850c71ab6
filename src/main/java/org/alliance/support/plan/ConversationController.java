package org.alliance.support.plan;

import java.util.List;
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

/** Adding to the conversation (discover, dream, design, deliver) and changing what was written. */
@Controller
class ConversationController {

  private final Conversation conversation;
  private final PlanForms forms;

  ConversationController(Conversation conversation, PlanForms forms) {
    this.conversation = conversation;
    this.forms = forms;
  }

  @GetMapping("/people/{id}/plan/entries/new")
  String newEntry(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @RequestParam(name = "stage", required = false) String stage,
      Model model) {
    model.addAttribute("form", EntryForm.blank(Stage.fromCode(stage).orElse(null)));
    return page(Practitioner.of(user), PathIds.parse(id), null, null, model);
  }

  @PostMapping("/people/{id}/plan/entries")
  String add(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") EntryForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    Optional<Conversation.Said> said = form.check(errors);
    if (said.isEmpty()) {
      return page(viewer, personId, null, null, model);
    }
    try {
      conversation.add(viewer, personId, said.get());
    } catch (PlanProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return page(viewer, personId, null, null, model);
    }
    redirect.addFlashAttribute("success", "Added to " + said.get().stage().label());
    return "redirect:/people/" + personId + "/plan#" + said.get().stage().code();
  }

  @GetMapping("/people/{id}/plan/entries/{entryId}")
  String editEntry(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String entryId,
      Model model) {
    UUID personId = PathIds.parse(id);
    UUID entry = PathIds.parse(entryId);
    PlanForms.Context context =
        forms.withEntry(Practitioner.of(user), personId, entry, "changing the plan's conversation");
    model.addAttribute("form", EntryForm.of(context.entry()));
    return show(context, null, model);
  }

  @PostMapping("/people/{id}/plan/entries/{entryId}")
  String change(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String entryId,
      @ModelAttribute("form") EntryForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID entry = PathIds.parse(entryId);
    Practitioner viewer = Practitioner.of(user);
    Optional<Conversation.Said> said = form.check(errors);
    if (form.version() == null) {
      errors.reject("version", "This changed since you opened it: check it and try again");
    }
    if (errors.hasErrors()) {
      return page(viewer, personId, entry, null, model);
    }
    try {
      conversation.change(viewer, personId, entry, said.get(), form.version());
    } catch (StaleEdit stale) {
      Entry now = (Entry) stale.current();
      errors.reject(
          "stale",
          "This changed since you opened it. It is shown below as it is now; what you typed is"
              + " kept in the form: save again to keep yours.");
      model.addAttribute("version", now.version());
      return page(viewer, personId, entry, now, model);
    } catch (PlanProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return page(viewer, personId, entry, null, model);
    }
    redirect.addFlashAttribute("success", "The entry is changed");
    return "redirect:/people/" + personId + "/plan#" + said.get().stage().code();
  }

  private String page(Practitioner viewer, UUID personId, UUID entryId, Entry stale, Model model) {
    PlanForms.Context context =
        entryId == null
            ? forms.context(viewer, personId, "adding to the plan's conversation")
            : forms.withEntry(viewer, personId, entryId, "changing the plan's conversation");
    return show(context, stale, model);
  }

  private String show(PlanForms.Context context, Entry stale, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("stale", stale);
    model.addAttribute("stages", List.of(Stage.values()));
    model.addAttribute("whose", List.of(InWordsOf.values()));
    return "support/plan/entry";
  }
}
