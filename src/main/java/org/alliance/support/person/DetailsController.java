package org.alliance.support.person;

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
 * {@code /people/{id}/details}: correcting or updating who a person is recorded as. A change made
 * meanwhile by someone else is shown beside what was typed, and nothing is lost.
 */
@Controller
class DetailsController {

  private final People people;

  DetailsController(People people) {
    this.people = people;
  }

  @GetMapping("/people/{id}/details")
  String form(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    Person person = people.openForChange(Practitioner.of(user), PathIds.parse(id));
    model.addAttribute("person", person);
    model.addAttribute("form", DetailsForm.of(person));
    return "support/details";
  }

  @PostMapping("/people/{id}/details")
  String change(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") DetailsForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner practitioner = Practitioner.of(user);
    Optional<NewPerson> details = form.check(errors, LocalDate.now(PersonAccess.UK));
    if (details.isEmpty()) {
      model.addAttribute("person", people.openForChange(practitioner, personId));
      return "support/details";
    }
    try {
      people.update(practitioner, personId, form.expectedVersion(), details.get());
    } catch (StaleRecord stale) {
      errors.reject(
          "stale",
          "Someone else changed these details since you opened them. What is saved now is shown"
              + " beside what you typed: check both, then save again.");
      model.addAttribute("person", stale.now());
      model.addAttribute("savedNow", DetailsForm.of(stale.now()));
      // What they typed stays on the form, now based on the version saved meanwhile, so saving
      // again is a deliberate choice over the other change.
      model.addAttribute("freshVersion", stale.now().version());
      return "support/details";
    }
    redirect.addFlashAttribute("success", "Their details are saved");
    return "redirect:/people/" + personId;
  }
}
