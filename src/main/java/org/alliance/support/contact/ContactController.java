package org.alliance.support.contact;

import java.time.Instant;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a contact, booking an appointment and giving an appointment its outcome, each on a page
 * of its own under the person's record.
 */
@Controller
class ContactController {

  private final Contacts contacts;

  ContactController(Contacts contacts) {
    this.contacts = contacts;
  }

  @GetMapping("/people/{id}/contacts/new")
  String newContact(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    return form(user, PathIds.parse(id), false, ContactForm.contact(Instant.now()), model);
  }

  @GetMapping("/people/{id}/appointments/new")
  String newAppointment(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    return form(user, PathIds.parse(id), true, ContactForm.appointment(), model);
  }

  @PostMapping("/people/{id}/contacts")
  String recordContact(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") ContactForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(user, PathIds.parse(id), false, form, errors, model, redirect);
  }

  @PostMapping("/people/{id}/appointments")
  String bookAppointment(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") ContactForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(user, PathIds.parse(id), true, form, errors, model, redirect);
  }

  @GetMapping("/people/{id}/contacts/{contactId}/outcome")
  String outcomeForm(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String contactId,
      Model model) {
    UUID personId = PathIds.parse(id);
    UUID contact = PathIds.parse(contactId);
    ContactPage page =
        contacts.page(Practitioner.of(user), personId, contact, "recording an outcome");
    return outcomePage(
        page,
        new OutcomeForm(
            page.contact().outcome() == null ? "" : page.contact().outcome().code(),
            page.contact().version()),
        null,
        model);
  }

  @PostMapping("/people/{id}/contacts/{contactId}/outcome")
  String outcome(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String contactId,
      @ModelAttribute("form") OutcomeForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID contact = PathIds.parse(contactId);
    Practitioner viewer = Practitioner.of(user);
    Optional<Outcome> outcome = Outcome.fromCode(form.outcome());
    if (outcome.isEmpty()) {
      errors.rejectValue("outcome", "required", "Choose what happened");
    }
    if (form.version() == null) {
      errors.reject("version", "This changed since you opened it: check it and try again");
    }
    if (errors.hasErrors()) {
      return outcomePage(
          contacts.page(viewer, personId, contact, "recording an outcome"), form, null, model);
    }
    try {
      contacts.outcome(viewer, personId, contact, outcome.get(), form.version());
    } catch (StaleContact stale) {
      ContactPage page = contacts.page(viewer, personId, contact, "recording an outcome");
      errors.reject(
          "stale",
          "This changed since you opened it. It is shown below as it is now, beside your answer:"
              + " choose again to record yours.");
      return outcomePage(page, form, stale.current(), model);
    } catch (ContactProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return outcomePage(
          contacts.page(viewer, personId, contact, "recording an outcome"), form, null, model);
    }
    redirect.addFlashAttribute("success", "The outcome is recorded: " + outcome.get().label());
    return "redirect:/people/" + personId;
  }

  private String save(
      AllianceUser user,
      UUID personId,
      boolean appointment,
      ContactForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Optional<ContactForm.Checked> checked = form.check(errors, appointment, Instant.now());
    if (checked.isEmpty()) {
      return form(user, personId, appointment, form, model);
    }
    try {
      contacts.record(Practitioner.of(user), personId, checked.get());
    } catch (ContactProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return form(user, personId, appointment, form, model);
    }
    redirect.addFlashAttribute(
        "success", appointment ? "The appointment is booked" : "The contact is recorded");
    return "redirect:/people/" + personId;
  }

  private String form(
      AllianceUser user, UUID personId, boolean appointment, ContactForm form, Model model) {
    model.addAttribute(
        "page",
        contacts.page(
            Practitioner.of(user),
            personId,
            null,
            appointment ? "booking an appointment" : "recording a contact"));
    model.addAttribute("appointment", appointment);
    model.addAttribute("modes", ContactMode.values());
    model.addAttribute("outcomes", Outcome.values());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", form);
    }
    return "support/work/contact";
  }

  private String outcomePage(ContactPage page, OutcomeForm form, Contact stale, Model model) {
    model.addAttribute("page", page);
    model.addAttribute("outcomes", List.of(Outcome.values()));
    model.addAttribute("stale", stale);
    model.addAttribute(
        "yours", Outcome.fromCode(form.outcome()).map(Outcome::label).orElse("None chosen"));
    model.addAttribute(
        "version",
        stale != null
            ? stale.version()
            : form.version() != null ? form.version() : page.contact().version());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", form);
    }
    return "support/work/outcome";
  }

  /** The outcome chosen, and the version of the contact the form was opened on. */
  record OutcomeForm(String outcome, Integer version) {}
}
