package org.alliance.organisation;

import jakarta.validation.Valid;
import java.util.UUID;
import org.alliance.organisation.Organisations.OrganisationNameTaken;
import org.alliance.organisation.Organisations.StaleOrganisation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, add and change organisations. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

  static final String STALE =
      "Someone else changed this organisation while you were editing it. "
          + "Your changes have not been saved.";

  private final Organisations organisations;

  OrganisationAdminController(Organisations organisations) {
    this.organisations = organisations;
  }

  @InitBinder("form")
  void bindCodes(WebDataBinder binder) {
    binder.registerCustomEditor(
        OrganisationType.class, new CodeEditor<>(OrganisationType::fromCode));
    binder.registerCustomEditor(Relationship.class, new CodeEditor<>(Relationship::fromCode));
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("organisations", organisations.all());
    return "organisation/list";
  }

  @GetMapping("/new")
  String add(Model model) {
    return showForm(model, OrganisationForm.blank(), null);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("form") OrganisationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return showForm(model, form, null);
    }
    try {
      Organisation created = organisations.create(form.details(), false);
      redirect.addFlashAttribute("saved", created.name() + " has been added");
      return "redirect:/admin/organisations";
    } catch (OrganisationNameTaken e) {
      return nameTaken(errors, model, form, null);
    }
  }

  @GetMapping("/{organisationId}")
  String edit(@PathVariable String organisationId, Model model) {
    Organisation organisation = existing(organisationId);
    return showForm(model, OrganisationForm.of(organisation), organisation);
  }

  @PostMapping("/{organisationId}")
  String update(
      @PathVariable String organisationId,
      @Valid @ModelAttribute("form") OrganisationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Organisation organisation = existing(organisationId);
    // A missing or mangled version cannot prove the form was read after the last change.
    if (form.version() == null || errors.hasFieldErrors("version")) {
      return stale(model, organisation);
    }
    if (errors.hasErrors()) {
      return showForm(model, form, organisation);
    }
    try {
      Organisation updated =
          organisations.update(organisation.id(), form.version(), form.details());
      redirect.addFlashAttribute("saved", updated.name() + " has been updated");
      return "redirect:/admin/organisations";
    } catch (StaleOrganisation e) {
      return stale(model, existing(organisationId));
    } catch (OrganisationNameTaken e) {
      return nameTaken(errors, model, form, organisation);
    }
  }

  private Organisation existing(String organisationId) {
    try {
      return organisations
          .find(UUID.fromString(organisationId))
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    } catch (IllegalArgumentException notAnId) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  /** Shows what is stored now, so the administrator can redo their change on top of it. */
  private String stale(Model model, Organisation current) {
    OrganisationForm form = OrganisationForm.of(current);
    BindingResult errors = new BeanPropertyBindingResult(form, "form");
    errors.reject("stale", STALE);
    showForm(model, form, current);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    return "organisation/form";
  }

  private String nameTaken(
      BindingResult errors, Model model, OrganisationForm form, Organisation editing) {
    errors.rejectValue("name", "taken", "An organisation with this name already exists");
    return showForm(model, form, editing);
  }

  private String showForm(Model model, OrganisationForm form, Organisation editing) {
    model.addAttribute("form", form);
    model.addAttribute("editing", editing);
    model.addAttribute("types", OrganisationType.values());
    model.addAttribute("relationships", Relationship.values());
    return "organisation/form";
  }
}
