package org.alliance.support.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.alliance.support.access.PathIds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/life-domains}: the administrator adds, retires, reinstates and reorders the life
 * domains goals are set in, without code. Under {@code /admin/}, so for administrators only.
 */
@Controller
class LifeDomainsController {

  private final LifeDomains domains;

  LifeDomainsController(LifeDomains domains) {
    this.domains = domains;
  }

  record NewDomainForm(String set, String name) {}

  record ChangeForm(String change, Integer version) {}

  @GetMapping("/admin/life-domains")
  String list(Model model) {
    model.addAttribute("form", new NewDomainForm("", ""));
    return page(model);
  }

  @PostMapping("/admin/life-domains")
  String add(
      @ModelAttribute("form") NewDomainForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (form.set() == null || form.set().isBlank()) {
      errors.rejectValue("set", "required", "Choose a set");
    }
    String name = FormValues.words(errors, "name", form.name(), 100, "Enter the domain’s name");
    if (errors.hasErrors()) {
      return page(model);
    }
    try {
      domains.add(form.set().strip(), name);
    } catch (PlanProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return page(model);
    }
    redirect.addFlashAttribute("success", name + " is added");
    return "redirect:/admin/life-domains";
  }

  @PostMapping("/admin/life-domains/{domainId}")
  String change(
      @PathVariable String domainId, @ModelAttribute ChangeForm form, RedirectAttributes redirect) {
    var id = PathIds.parse(domainId);
    Optional<LifeDomains.Change> change =
        Arrays.stream(LifeDomains.Change.values())
            .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(form.change()))
            .findFirst();
    if (change.isEmpty() || form.version() == null) {
      redirect.addFlashAttribute("problem", "Choose what to change, and try again");
      return "redirect:/admin/life-domains";
    }
    try {
      domains.change(id, change.get(), form.version());
      redirect.addFlashAttribute("success", "The domains are changed");
    } catch (StaleEdit stale) {
      redirect.addFlashAttribute(
          "problem",
          "Someone changed that domain since you opened this page. It is shown as it is now: try"
              + " again if you still need to.");
    }
    return "redirect:/admin/life-domains";
  }

  private String page(Model model) {
    model.addAttribute("groups", domains.all());
    return "support/plan/life-domains";
  }
}
