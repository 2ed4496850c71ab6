package org.alliance.support.record;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.AccessGrants;
import org.alliance.support.access.GrantProblem;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordMayExist;
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
 * A person's record, {@code /people/{id}}. Someone who may not open it learns only that a record
 * may exist, and how to ask for access or, in an emergency, break the glass.
 */
@Controller
class RecordController {

  private final Records records;
  private final AccessGrants grants;

  RecordController(Records records, AccessGrants grants) {
    this.records = records;
    this.grants = grants;
  }

  @GetMapping("/people/{id}")
  String record(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      Model model,
      HttpServletResponse response) {
    UUID personId = PathIds.parse(id);
    try {
      RecordView record = records.open(Practitioner.of(user), personId);
      if (record.person().mergedInto() != null) {
        return "redirect:/people/" + record.person().mergedInto();
      }
      model.addAttribute("record", record);
      return "support/record";
    } catch (RecordMayExist mayExist) {
      return mayExist(personId, new Reason(""), model, response);
    }
  }

  @PostMapping("/people/{id}/access-requests")
  String requestAccess(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("request") Reason reason,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    reason.validate(errors, "Say why you need to see this record");
    if (errors.hasErrors()) {
      return mayExist(personId, reason, model, response);
    }
    try {
      grants.request(Practitioner.of(user), personId, reason.tidy());
    } catch (GrantProblem problem) {
      errors.reject("duplicate", problem.getMessage());
      return mayExist(personId, reason, model, response);
    }
    redirect.addFlashAttribute(
        "success",
        "Your request has been sent to the person's team. You will see the record once they approve it.");
    return "redirect:/people/" + personId;
  }

  @GetMapping("/people/{id}/break-glass")
  String breakGlassForm(@PathVariable String id, Model model) {
    model.addAttribute("personId", PathIds.parse(id));
    model.addAttribute("breakGlass", Reason.empty());
    model.addAttribute("hours", grants.breakGlassLasts().toHours());
    return "support/break-glass";
  }

  @PostMapping("/people/{id}/break-glass")
  String breakGlass(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("breakGlass") Reason reason,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    reason.validate(errors, "Say why you need to see this record now");
    if (errors.hasErrors()) {
      model.addAttribute("personId", personId);
      model.addAttribute("hours", grants.breakGlassLasts().toHours());
      return "support/break-glass";
    }
    grants.breakGlass(Practitioner.of(user), personId, reason.tidy());
    redirect.addFlashAttribute(
        "success",
        "You have broken the glass. The person's team and the data-protection lead will see that you did, and why.");
    return "redirect:/people/" + personId;
  }

  private String mayExist(UUID personId, Reason reason, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("personId", personId);
    if (!model.containsAttribute("request")) {
      model.addAttribute("request", reason);
    }
    return "support/may-exist";
  }
}
