package org.alliance.commissioning.procurement;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.procurement.ProcurementForms.DeclarationForm;
import org.alliance.commissioning.procurement.ProcurementForms.ModerationForm;
import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An evaluator's own scoring sheet for a stage, one bidder at a time (conflicts declared first),
 * submitting the stage, and the stage's moderation once everyone has submitted.
 */
@Controller
class EvaluationController {

  private final Evaluations evaluations;

  EvaluationController(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  private static UUID id(String value) {
    return ProcurementController.id(value);
  }

  private static String stagePath(UUID procurement, UUID stage) {
    return "/commissioning/procurements/" + procurement + "/stages/" + stage;
  }

  @GetMapping("/commissioning/procurements/{procurementId}/stages/{stageId}")
  String sheet(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @PathVariable String stageId,
      Model model) {
    return sheetPage(user, id(procurementId), id(stageId), Map.of(), model);
  }

  private String sheetPage(
      AllianceUser user, UUID procurement, UUID stage, Map<String, String> errors, Model model) {
    model.addAttribute("page", evaluations.sheet(user, procurement, stage));
    model.addAttribute("errors", errors);
    return "commissioning/procurement/stage";
  }

  @PostMapping("/commissioning/procurements/{procurementId}/stages/{stageId}/submission")
  String submit(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @PathVariable String stageId,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID procurement = id(procurementId);
    UUID stage = id(stageId);
    try {
      evaluations.submit(user, procurement, stage);
      redirect.addFlashAttribute(
          "success", "Your scores for this stage are submitted and can no longer change");
      return "redirect:" + stagePath(procurement, stage);
    } catch (ProcurementProblem problem) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return sheetPage(user, procurement, stage, Map.of("submit", problem.getMessage()), model);
    }
  }

  @GetMapping("/commissioning/procurements/{procurementId}/stages/{stageId}/bidders/{bidderId}")
  String bidder(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @PathVariable String stageId,
      @PathVariable String bidderId,
      Model model) {
    return bidderPage(
        user, id(procurementId), id(stageId), id(bidderId), Map.of(), Map.of(), model);
  }

  private String bidderPage(
      AllianceUser user,
      UUID procurement,
      UUID stage,
      UUID bidder,
      Map<String, String> errors,
      Map<String, String> typed,
      Model model) {
    model.addAttribute("page", evaluations.bidderSheet(user, procurement, stage, bidder));
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    if (!(model.getAttribute("declaration") instanceof DeclarationForm)) {
      model.addAttribute("declaration", new DeclarationForm("", ""));
    }
    return "commissioning/procurement/bidder";
  }

  @PostMapping("/commissioning/procurements/{procurementId}/bidders/{bidderId}/conflicts")
  String declare(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @PathVariable String bidderId,
      @RequestParam(name = "stage", required = false) String stageId,
      @ModelAttribute("declaration") DeclarationForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID procurement = id(procurementId);
    UUID bidder = id(bidderId);
    UUID stage = ProcurementForms.uuid(stageId);
    Map<String, String> errors = new LinkedHashMap<>();
    String choice = ProcurementForms.strip(form.conflict());
    String detail = ProcurementForms.strip(form.detail());
    if (!"none".equals(choice) && !"conflict".equals(choice)) {
      errors.put("conflict", "Say whether you have a conflict of interest with this bidder");
    } else if ("conflict".equals(choice)) {
      detail =
          ProcurementForms.text(
              form.detail(),
              ProcurementForms.TEXT_MAX,
              "detail",
              "Describe the conflict of interest",
              errors);
    }
    if (errors.isEmpty()) {
      try {
        evaluations.declare(user, procurement, bidder, "conflict".equals(choice), detail);
        redirect.addFlashAttribute(
            "success",
            "conflict".equals(choice)
                ? "Your conflict of interest is recorded: you will not score this bidder"
                : "Your declaration is recorded: you may score this bidder");
        return stage == null
            ? "redirect:/commissioning/procurements/" + procurement
            : "redirect:" + stagePath(procurement, stage) + "/bidders/" + bidder;
      } catch (ProcurementProblem problem) {
        errors.put("conflict", problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    if (stage == null) {
      // A declaration posted without its stage: shown on the first stage's page for the bidder.
      Procurements.StageRow first = evaluations.firstStage(procurement);
      if (first == null) {
        return "redirect:/commissioning/procurements/" + procurement;
      }
      stage = first.id();
    }
    return bidderPage(user, procurement, stage, bidder, errors, Map.of(), model);
  }

  @PostMapping(
      "/commissioning/procurements/{procurementId}/stages/{stageId}/bidders/{bidderId}/scores")
  String score(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @PathVariable String stageId,
      @PathVariable String bidderId,
      @RequestParam Map<String, String> fields,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID procurement = id(procurementId);
    UUID stage = id(stageId);
    UUID bidder = id(bidderId);
    Evaluations.BidderSheet sheet = evaluations.bidderSheet(user, procurement, stage, bidder);
    Map<String, String> errors = new LinkedHashMap<>();
    Map<UUID, Evaluations.Answer> answers = new HashMap<>();
    Map<String, String> typed = new HashMap<>();
    for (Evaluations.MyScore row : sheet.scores()) {
      Procurements.Question q = row.question();
      String valueField = "score-" + q.id();
      String rationaleField = "rationale-" + q.id();
      String value = ProcurementForms.strip(fields.get(valueField));
      String rationale = ProcurementForms.strip(fields.get(rationaleField));
      typed.put(valueField, value == null ? "" : value);
      typed.put(rationaleField, rationale == null ? "" : rationale);
      if (value == null && rationale == null) {
        continue;
      }
      Integer score = null;
      Boolean passed = null;
      if (q.scored()) {
        score = ProcurementForms.score(value);
        if (score == null || score > q.scaleMax()) {
          errors.put(
              valueField, "Enter a whole number from 0 to " + q.scaleMax() + " for " + q.heading());
        }
      } else if ("pass".equals(value) || "fail".equals(value)) {
        passed = "pass".equals(value);
      } else {
        errors.put(valueField, "Choose pass or fail for " + q.heading());
      }
      if (rationale == null) {
        errors.put(rationaleField, "Give the reason for your score for " + q.heading());
      } else if (rationale.length() > ProcurementForms.RATIONALE_MAX) {
        errors.put(rationaleField, "Use 4,000 characters or fewer for " + q.heading());
      }
      answers.put(q.id(), new Evaluations.Answer(score, passed, rationale));
    }
    if (errors.isEmpty()) {
      try {
        evaluations.score(user, procurement, stage, bidder, answers);
        redirect.addFlashAttribute("success", "Your scores are saved");
        return "redirect:" + stagePath(procurement, stage);
      } catch (ProcurementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return bidderPage(user, procurement, stage, bidder, errors, typed, model);
  }

  @GetMapping("/commissioning/procurements/{procurementId}/stages/{stageId}/moderation")
  String moderation(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @PathVariable String stageId,
      Model model) {
    return moderationPage(user, id(procurementId), id(stageId), Map.of(), null, model);
  }

  private String moderationPage(
      AllianceUser user,
      UUID procurement,
      UUID stage,
      Map<String, String> errors,
      ModerationForm typed,
      Model model) {
    model.addAttribute("page", evaluations.moderation(user, procurement, stage));
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    return "commissioning/procurement/moderation";
  }

  @PostMapping("/commissioning/procurements/{procurementId}/stages/{stageId}/moderation")
  String moderate(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @PathVariable String stageId,
      @ModelAttribute ModerationForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID procurement = id(procurementId);
    UUID stage = id(stageId);
    Map<String, String> errors = new LinkedHashMap<>();
    UUID question = ProcurementForms.uuid(form.question());
    UUID bidder = ProcurementForms.uuid(form.bidder());
    Integer version = ProcurementForms.version(form.version());
    if (question == null || bidder == null || version == null) {
      errors.put("moderation", "Choose a question and bidder to moderate");
    }
    String outcome = ProcurementForms.strip(form.outcome());
    Integer score = null;
    Boolean passed = null;
    if (outcome != null) {
      if (!"pass".equals(outcome) && !"fail".equals(outcome)) {
        errors.put("moderation", "Choose pass or fail");
      } else {
        passed = "pass".equals(outcome);
      }
    } else {
      score = ProcurementForms.score(form.score());
      if (score == null) {
        errors.put("moderation", "Enter the consensus score as a whole number");
      }
    }
    String reason =
        ProcurementForms.text(
            form.reason(),
            ProcurementForms.RATIONALE_MAX,
            "reason",
            "Give the reason for the consensus score",
            errors);
    if (errors.isEmpty()) {
      try {
        evaluations.moderate(
            user,
            procurement,
            stage,
            new Evaluations.Consensus(question, bidder, score, passed, reason, version));
        redirect.addFlashAttribute("success", "The consensus score is recorded");
        return "redirect:"
            + stagePath(procurement, stage)
            + "/moderation#m-"
            + question
            + "-"
            + bidder;
      } catch (ProcurementProblem problem) {
        errors.put("moderation", problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return moderationPage(user, procurement, stage, errors, form, model);
  }
}
