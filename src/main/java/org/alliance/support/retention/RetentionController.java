package org.alliance.support.retention;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data-protection lead's retention pages: the records past their retention date, and for each
 * the decision to destroy it or keep it for a stated reason and period.
 */
@Controller
class RetentionController {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final int LONGEST_HOLD_YEARS = 20;
  static final int LONGEST_REASON = 2000;

  private final RetentionReview review;

  RetentionController(RetentionReview review) {
    this.review = review;
  }

  /** Dates as the pages write them. */
  public static final class Days {
    public String of(LocalDate day) {
      return day == null ? "Not recorded" : DAY.format(day);
    }
  }

  @GetMapping("/data-protection/retention")
  String list(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("records", review.listed(Practitioner.of(user)));
    model.addAttribute("days", new Days());
    return "support/retention";
  }

  @GetMapping("/data-protection/retention/{id}")
  String decision(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    return decisionPage(
        user, PathIds.parse(id), model, Map.of(), new KeepForm(null, "", "", "", ""));
  }

  @PostMapping("/data-protection/retention/{id}/destroy")
  String destroy(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "confirm", required = false) String confirm,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner lead = Practitioner.of(user);
    RetentionReview.DueRecord record = review.listed(lead, personId);
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<DestructionReason> why =
        reason == null ? Optional.empty() : DestructionReason.fromCode(reason);
    if (why.isEmpty()) {
      errors.put("destroy-reason", "Choose why the record is destroyed");
    }
    if (!"yes".equals(confirm)) {
      errors.put("confirm", "Confirm that nothing requires the record to be kept");
    }
    if (errors.isEmpty()) {
      try {
        review.destroy(lead, personId, why.get());
        redirect.addFlashAttribute(
            "success", "The record was destroyed. The audit log keeps only its id and the rule.");
        return "redirect:/data-protection/retention";
      } catch (RetentionProblem problem) {
        errors.put("destroy-reason", problem.getMessage());
      }
    }
    model.addAttribute("destroyReason", reason);
    return decisionPage(user, record, model, errors, new KeepForm(null, "", "", "", ""));
  }

  @PostMapping("/data-protection/retention/{id}/keep")
  String keep(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "untilDay", required = false) String day,
      @RequestParam(name = "untilMonth", required = false) String month,
      @RequestParam(name = "untilYear", required = false) String year,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner lead = Practitioner.of(user);
    RetentionReview.DueRecord record = review.listed(lead, personId);
    KeepForm form = new KeepForm(kind, blank(reason), blank(day), blank(month), blank(year));
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<HoldKind> holdKind = kind == null ? Optional.empty() : HoldKind.fromCode(kind);
    if (holdKind.isEmpty()) {
      errors.put("kind", "Choose why the record is kept");
    }
    String why = form.reason().strip();
    if (why.isEmpty()) {
      errors.put("keep-reason", "Say why the record must be kept");
    } else if (why.length() > LONGEST_REASON) {
      errors.put("keep-reason", "The reason must be " + LONGEST_REASON + " characters or fewer");
    }
    LocalDate today = LocalDate.now(PersonAccess.UK);
    LocalDate until = null;
    if (form.day().isBlank() && form.month().isBlank() && form.year().isBlank()) {
      errors.put("untilDay", "Enter the date to keep the record until");
    } else {
      try {
        until =
            LocalDate.of(
                Integer.parseInt(form.year().strip()),
                Integer.parseInt(form.month().strip()),
                Integer.parseInt(form.day().strip()));
        if (!until.isAfter(today)) {
          errors.put("untilDay", "The date to keep the record until must be in the future");
        } else if (until.isAfter(today.plusYears(LONGEST_HOLD_YEARS))) {
          errors.put(
              "untilDay",
              "Keep a record for at most "
                  + LONGEST_HOLD_YEARS
                  + " years at a time; review it again then");
        }
      } catch (NumberFormatException | DateTimeException notADate) {
        errors.put("untilDay", "The date to keep the record until must be a real date");
      }
    }
    if (errors.isEmpty()) {
      review.keep(lead, personId, holdKind.get(), why, until);
      redirect.addFlashAttribute("success", "The record is kept until " + DAY.format(until));
      return "redirect:/data-protection/retention";
    }
    return decisionPage(user, record, model, errors, form);
  }

  /** What the keep form was sent with, to show again beside its errors. */
  record KeepForm(String kind, String reason, String day, String month, String year) {}

  private String decisionPage(
      AllianceUser user, UUID personId, Model model, Map<String, String> errors, KeepForm form) {
    return decisionPage(user, review.listed(Practitioner.of(user), personId), model, errors, form);
  }

  private String decisionPage(
      AllianceUser user,
      RetentionReview.DueRecord record,
      Model model,
      Map<String, String> errors,
      KeepForm form) {
    model.addAttribute("record", record);
    model.addAttribute("errors", errors);
    model.addAttribute("keep", form);
    model.addAttribute("holdKinds", HoldKind.values());
    model.addAttribute("destructionReasons", DestructionReason.values());
    model.addAttribute("days", new Days());
    return "support/retention-decision";
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
