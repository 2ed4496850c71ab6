package org.alliance.directory.editing;

import java.util.List;
import java.util.Optional;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.editing.ServiceEditing.Busy;
import org.alliance.directory.editing.ServiceEditing.Proposal;
import org.alliance.directory.editing.ServiceEditing.Proposed;
import org.alliance.directory.editing.ServiceEditing.Refused;
import org.alliance.directory.editing.ServiceEditing.Stale;
import org.alliance.directory.editing.ServiceEditing.Unchanged;
import org.alliance.directory.hsds.EditorScope;
import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.ObjectNode;

/** Editors list the services they look after, add services and propose changes to them. */
@Controller
@RequestMapping("/directory/services")
class ServiceEditorController {

  static final String STALE =
      "This service changed while you were editing it, so your changes have not been sent."
          + " The form now shows the latest version with your changes laid over it: check them, then send them again.";
  static final String STALE_OWN =
      "Your change was updated in another window while you were editing it."
          + " Check the form, then send it again.";

  private final ServiceEditing editing;
  private final ServiceDrafts drafts;
  private final ProposedChanges changes;
  private final Categories categories;
  private final LookedAfterServices services;

  ServiceEditorController(
      ServiceEditing editing,
      ServiceDrafts drafts,
      ProposedChanges changes,
      Categories categories,
      LookedAfterServices services) {
    this.editing = editing;
    this.drafts = drafts;
    this.changes = changes;
    this.categories = categories;
    this.services = services;
  }

  @GetMapping
  String list(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(required = false) String q,
      Model model) {
    List<LookedAfterServices.Listed> found = services.find(EditorScope.of(user), q);
    model.addAttribute("services", found);
    model.addAttribute("q", q);
    model.addAttribute("limited", found.size() == LookedAfterServices.LIMIT);
    return "directory/services";
  }

  @GetMapping("/new")
  String add(@AuthenticationPrincipal AllianceUser user, Model model) {
    List<ServiceEditing.OrganizationChoice> organizations =
        editing.organizationsFor(EditorScope.of(user));
    String only = organizations.size() == 1 ? organizations.get(0).id() : null;
    ServiceForm blank = ServiceForm.forNewService(only);
    return showForm(model, blank, null, true, EditorScope.of(user));
  }

  @PostMapping("/new")
  String create(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") ServiceForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    EditorIdentity editor = EditorIdentity.of(user);
    form.validate(errors, true, true);
    if (!errors.hasFieldErrors("organizationId")
        && !editing.looksAfter(editor.scope(), form.organizationId())) {
      errors.rejectValue("organizationId", "scope", "Select an organisation you look after");
    }
    if (errors.hasErrors()) {
      return showForm(model, form, null, true, editor.scope());
    }
    return outcome(
        editing.proposeNew(editor, form), form, errors, model, redirect, null, editor.scope());
  }

  @GetMapping("/{serviceId}/edit")
  String edit(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String serviceId, Model model) {
    EditorIdentity editor = EditorIdentity.of(user);
    ObjectNode current = editing.lookedAfter(editor.scope(), serviceId);
    Optional<ProposedChange> pending = changes.pendingFor(serviceId);
    if (pending.isPresent() && !pending.get().proposedBy(editor.userId())) {
      model.addAttribute("waiting", pending.get());
      model.addAttribute("service", current);
      return "directory/service-waiting";
    }
    ServiceForm form =
        pending
            .map(
                mine ->
                    drafts.formFor(
                        editing.shown(mine.proposed(), editor.scope()), null, mine.version()))
            .orElseGet(() -> drafts.formFor(current, DocumentDiff.fingerprint(current), null));
    model.addAttribute("revising", pending.orElse(null));
    return showForm(
        model,
        form,
        pending.map(mine -> editing.shown(mine.proposed(), editor.scope())).orElse(current),
        false,
        editor.scope());
  }

  @PostMapping("/{serviceId}/edit")
  String save(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String serviceId,
      @ModelAttribute("form") ServiceForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    EditorIdentity editor = EditorIdentity.of(user);
    ObjectNode current = editing.lookedAfter(editor.scope(), serviceId);
    Optional<ProposedChange> pending = changes.pendingFor(serviceId);
    ObjectNode startedFrom =
        pending
            .filter(p -> p.proposedBy(editor.userId()))
            .map(p -> editing.shown(p.proposed(), editor.scope()))
            .orElse(current);
    model.addAttribute("revising", pending.filter(p -> p.proposedBy(editor.userId())).orElse(null));
    if (errors.hasFieldErrors("changeVersion")) {
      return outcome(
          new Stale(startedFrom, pending.map(ProposedChange::version).orElse(null)),
          form,
          errors,
          model,
          redirect,
          startedFrom,
          editor.scope());
    }
    form.validate(errors, false, ServiceDrafts.hoursOf(startedFrom).isPresent());
    if (errors.hasErrors()) {
      return showForm(model, form, startedFrom, false, editor.scope());
    }
    return outcome(
        editing.propose(editor, current, form),
        form,
        errors,
        model,
        redirect,
        startedFrom,
        editor.scope());
  }

  private String outcome(
      Proposal proposal,
      ServiceForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      ObjectNode startedFrom,
      EditorScope scope) {
    boolean isNew = startedFrom == null;
    if (proposal instanceof Proposed proposed) {
      redirect.addFlashAttribute("success", "Your change has been sent for approval");
      return "redirect:/directory/changes/" + proposed.changeId();
    }
    if (proposal instanceof Refused refused) {
      refused.problems().forEach(problem -> errors.reject("hsds", describe(problem)));
      return showForm(model, form, startedFrom, isNew, scope);
    }
    if (proposal instanceof Unchanged) {
      errors.reject(
          "unchanged",
          "You have not changed anything. Change a field, or go back to the list of services.");
      return showForm(model, form, startedFrom, isNew, scope);
    }
    if (proposal instanceof Busy busy) {
      redirect.addFlashAttribute(
          "problem", "Someone else has sent a change to this service; it is waiting for approval");
      return "redirect:/directory/services/" + busy.waiting().serviceId() + "/edit";
    }
    Stale stale = (Stale) proposal;
    boolean own = stale.changeVersion() != null;
    ServiceForm kept =
        form.over(
            drafts.formFor(
                stale.current(),
                own ? null : DocumentDiff.fingerprint(stale.current()),
                stale.changeVersion()));
    BindingResult fresh = new BeanPropertyBindingResult(kept, "form");
    fresh.reject("stale", own ? STALE_OWN : STALE);
    model.addAttribute(
        "wouldChange",
        DocumentDiff.between(
            stale.current(),
            drafts.apply(kept, stale.current(), categories.ids(), null),
            categories.names()));
    showForm(model, kept, stale.current(), false, scope);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
    return "directory/service-form";
  }

  /** Import problems name a JSON pointer; an editor needs the field. */
  private static String describe(ImportProblem problem) {
    String where =
        problem.location() == null || problem.location().isBlank()
            ? ""
            : " (" + problem.location() + ")";
    return "The directory cannot take this service as it is: " + problem.message() + where;
  }

  private String showForm(
      Model model, ServiceForm form, ObjectNode editingDocument, boolean isNew, EditorScope scope) {
    model.addAttribute("form", form);
    model.addAttribute("service", editingDocument);
    model.addAttribute("isNew", isNew);
    model.addAttribute("statuses", ServiceForm.STATUSES);
    model.addAttribute("categoryGroups", categories.groups());
    model.addAttribute("days", OpeningHours.DAY_NAMES);
    model.addAttribute(
        "hoursEditable", isNew || ServiceDrafts.hoursOf(editingDocument).isPresent());
    model.addAttribute("fields", ServiceForm.FIELDS);
    if (isNew) {
      model.addAttribute("organizations", editing.organizationsFor(scope));
    } else {
      model.addAttribute(
          "otherPlaces", Math.max(0, editingDocument.path("service_at_locations").size() - 1));
    }
    return "directory/service-form";
  }
}
