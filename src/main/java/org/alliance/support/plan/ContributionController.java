package org.alliance.support.plan;

import java.time.LocalDate;
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

/** Recording what the person gives back. */
@Controller
class ContributionController {

  private final Contributions contributions;
  private final PlanForms forms;

  ContributionController(Contributions contributions, PlanForms forms) {
    this.contributions = contributions;
    this.forms = forms;
  }

  record ContributionForm(
      String kind, String onDay, String onMonth, String onYear, String words, String inWordsOf) {

    static final String FIELDS = "kind,onDay,words,inWordsOf";

    static ContributionForm blank() {
      LocalDate today = FormValues.today();
      return new ContributionForm(
          "",
          String.valueOf(today.getDayOfMonth()),
          String.valueOf(today.getMonthValue()),
          String.valueOf(today.getYear()),
          "",
          InWordsOf.PERSON.code());
    }
  }

  @GetMapping("/people/{id}/plan/contributions/new")
  String newContribution(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("form", ContributionForm.blank());
    return page(Practitioner.of(user), PathIds.parse(id), model);
  }

  @PostMapping("/people/{id}/plan/contributions")
  String add(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") ContributionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    Optional<ContributionKind> kind = ContributionKind.fromCode(form.kind());
    if (kind.isEmpty()) {
      errors.rejectValue("kind", "required", "Choose what kind of contribution it was");
    }
    LocalDate on =
        FormValues.pastDate(errors, "onDay", form.onDay(), form.onMonth(), form.onYear());
    String words =
        FormValues.words(errors, "words", form.words(), 1000, "Say what they did, in their words");
    Optional<InWordsOf> whose = InWordsOf.fromCode(form.inWordsOf());
    if (whose.isEmpty() || whose.get() == InWordsOf.SUPPORTER) {
      errors.rejectValue("inWordsOf", "required", "Say whose words these are");
    }
    if (errors.hasErrors()) {
      return page(viewer, personId, model);
    }
    contributions.add(
        viewer, personId, new Contributions.Given(kind.get(), on, words, whose.get()));
    redirect.addFlashAttribute("success", "Their contribution is recorded");
    return "redirect:/people/" + personId + "/plan#contributions";
  }

  private String page(Practitioner viewer, UUID personId, Model model) {
    model.addAttribute("context", forms.context(viewer, personId, "recording a contribution"));
    model.addAttribute("kinds", List.of(ContributionKind.values()));
    model.addAttribute("whose", List.of(InWordsOf.PERSON, InWordsOf.WORKER));
    return "support/plan/contribution";
  }
}
