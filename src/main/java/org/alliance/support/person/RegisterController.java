package org.alliance.support.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a person. The first post shows the likely matches beside what was typed, so a second
 * record is rarely made; only the post after that (or one with no likely match) registers.
 */
@Controller
class RegisterController {

  private final Lists lists;
  private final People people;

  RegisterController(Lists lists, People people) {
    this.lists = lists;
    this.people = people;
  }

  @GetMapping("/people/new")
  String form(Model model) {
    model.addAttribute("form", RegistrationForm.empty());
    model.addAttribute("consentOptions", ConsentAtRegistration.values());
    return "support/register";
  }

  @PostMapping("/people/new")
  String register(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") RegistrationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Practitioner practitioner = Practitioner.of(user);
    Optional<NewPerson> person = form.check(errors, LocalDate.now(PersonAccess.UK));
    if (person.isEmpty()) {
      model.addAttribute("consentOptions", ConsentAtRegistration.values());
      return "support/register";
    }
    if (!form.matchesAlreadySeen()) {
      List<Listing> matches = lists.likelyMatches(practitioner, person.get());
      if (!matches.isEmpty()) {
        model.addAttribute("typed", person.get());
        model.addAttribute("typedPostcode", Postcode.spaced(person.get().postcode()));
        model.addAttribute("matches", matches);
        return "support/matches";
      }
    }
    UUID id = people.register(practitioner, person.get());
    redirect.addFlashAttribute(
        "success", person.get().givenName() + " " + person.get().familyName() + " is registered");
    return "redirect:/people/" + id;
  }
}
