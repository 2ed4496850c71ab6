package org.alliance.commissioning.procurement;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.procurement.ProcurementForms.AwardForm;
import org.alliance.commissioning.procurement.ProcurementForms.BidderForm;
import org.alliance.commissioning.procurement.ProcurementForms.EvaluatorForm;
import org.alliance.commissioning.procurement.ProcurementForms.ProcurementForm;
import org.alliance.commissioning.procurement.ProcurementForms.QuestionForm;
import org.alliance.commissioning.procurement.ProcurementForms.StageForm;
import org.alliance.identity.AllianceUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /commissioning/procurements}: the routes, the procurements, and each one's overview where
 * its stages, questions, bidders and evaluators are set up, its rankings read and its award
 * decided.
 */
@Controller
class ProcurementController {

  static final ZoneId UK = ZoneId.of("Europe/London");

  private final Procurements procurements;

  ProcurementController(Procurements procurements) {
    this.procurements = procurements;
  }

  static LocalDate today() {
    return LocalDate.now(UK);
  }

  /** Ids from URLs: anything but a canonical UUID names nothing. */
  static UUID id(String value) {
    UUID id = ProcurementForms.uuid(value);
    if (id == null || !value.equals(value.strip())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return id;
  }

  @GetMapping("/commissioning/procurements")
  String list(Model model) {
    model.addAttribute("procurements", procurements.list());
    model.addAttribute("routes", procurements.routes());
    return "commissioning/procurement/list";
  }

  @GetMapping("/commissioning/procurements/new")
  String newProcurement(Model model) {
    return newPage(ProcurementForm.blank(today()), Map.of(), model);
  }

  private String newPage(ProcurementForm form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("routes", procurements.routes());
    model.addAttribute("contracts", procurements.contracts());
    return "commissioning/procurement/new";
  }

  @PostMapping("/commissioning/procurements")
  String create(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") ProcurementForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Procurements.NewProcurement given = form.check(errors, today());
    if (given != null) {
      try {
        UUID id = procurements.create(user, given);
        redirect.addFlashAttribute("success", "The procurement is set up");
        return "redirect:/commissioning/procurements/" + id;
      } catch (ProcurementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return newPage(form, errors, model);
  }

  @GetMapping("/commissioning/procurements/{procurementId}")
  String show(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String procurementId, Model model) {
    return page(user, id(procurementId), Map.of(), model);
  }

  private String page(AllianceUser user, UUID id, Map<String, String> errors, Model model) {
    Procurements.Page page = procurements.page(user, id);
    model.addAttribute("page", page);
    model.addAttribute("errors", errors);
    // A form sent back keeps what was typed, but takes the procurement's version as it is now.
    if (model.getAttribute("award") instanceof AwardForm typed) {
      model.addAttribute(
          "award",
          new AwardForm(
              typed.awardBidder(),
              typed.decidedDay(),
              typed.decidedMonth(),
              typed.decidedYear(),
              typed.awardReason(),
              String.valueOf(page.procurement().version())));
    } else {
      model.addAttribute("award", AwardForm.blank(today(), page.procurement().version()));
    }
    if (!(model.getAttribute("question") instanceof QuestionForm)) {
      model.addAttribute("question", new QuestionForm("", "", "", "", ""));
    }
    if (!(model.getAttribute("bidder") instanceof BidderForm)) {
      model.addAttribute("bidder", new BidderForm("", ""));
    }
    if (!(model.getAttribute("stage") instanceof StageForm)) {
      model.addAttribute("stage", new StageForm(""));
    }
    return "commissioning/procurement/show";
  }

  /** A form sent back with its errors: the overview as it is now, status 400. */
  private String problem(
      AllianceUser user,
      UUID id,
      Map<String, String> errors,
      Model model,
      HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(user, id, errors, model);
  }

  @PostMapping("/commissioning/procurements/{procurementId}/stages")
  String addStage(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @ModelAttribute("stage") StageForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = id(procurementId);
    Map<String, String> errors = new LinkedHashMap<>();
    String name =
        ProcurementForms.text(
            form.stageName(),
            ProcurementForms.NAME_MAX,
            "stageName",
            "Enter the stage's name, like Final tenders",
            errors);
    if (errors.isEmpty()) {
      try {
        procurements.addStage(id, name);
        redirect.addFlashAttribute("success", "The stage is added");
        return "redirect:/commissioning/procurements/" + id + "#stages";
      } catch (ProcurementProblem problem) {
        errors.put("stageName", problem.getMessage());
      }
    }
    return problem(user, id, errors, model, response);
  }

  @PostMapping("/commissioning/procurements/{procurementId}/questions")
  String addQuestion(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @ModelAttribute("question") QuestionForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = id(procurementId);
    Map<String, String> errors = new LinkedHashMap<>();
    Procurements.NewQuestion given = form.check(errors);
    if (given != null) {
      try {
        procurements.addQuestion(id, given);
        redirect.addFlashAttribute("success", "The question is added");
        return "redirect:/commissioning/procurements/" + id + "#stages";
      } catch (ProcurementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    return problem(user, id, errors, model, response);
  }

  @PostMapping("/commissioning/procurements/{procurementId}/questions/{tenderQuestionId}/removal")
  String removeQuestion(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @PathVariable String tenderQuestionId,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = id(procurementId);
    try {
      procurements.removeQuestion(id, id(tenderQuestionId));
      redirect.addFlashAttribute("success", "The question is removed");
      return "redirect:/commissioning/procurements/" + id + "#stages";
    } catch (ProcurementProblem problem) {
      Map<String, String> errors = new LinkedHashMap<>();
      errors.put("heading", problem.getMessage());
      return problem(user, id, errors, model, response);
    }
  }

  @PostMapping("/commissioning/procurements/{procurementId}/bidders")
  String addBidder(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @ModelAttribute("bidder") BidderForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = id(procurementId);
    Map<String, String> errors = new LinkedHashMap<>();
    String name =
        ProcurementForms.text(
            form.bidderName(),
            ProcurementForms.NAME_MAX,
            "bidderName",
            "Enter the bidder's name",
            errors);
    String organisation = ProcurementForms.strip(form.bidderOrganisation());
    if (organisation != null && organisation.length() > ProcurementForms.NAME_MAX) {
      errors.put("bidderOrganisation", "Use 200 characters or fewer");
    }
    if (errors.isEmpty()) {
      try {
        procurements.addBidder(id, name, organisation);
        redirect.addFlashAttribute("success", "The bidder is added");
        return "redirect:/commissioning/procurements/" + id + "#bidders";
      } catch (ProcurementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    return problem(user, id, errors, model, response);
  }

  @PostMapping("/commissioning/procurements/{procurementId}/evaluators")
  String addEvaluator(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @ModelAttribute EvaluatorForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = id(procurementId);
    Map<String, String> errors = new LinkedHashMap<>();
    UUID evaluator = ProcurementForms.uuid(form.evaluator());
    if (evaluator == null) {
      errors.put("evaluator", "Choose a commissioner to evaluate this procurement");
    } else {
      try {
        procurements.addEvaluator(id, evaluator);
        redirect.addFlashAttribute("success", "The evaluator is assigned");
        return "redirect:/commissioning/procurements/" + id + "#evaluators";
      } catch (ProcurementProblem problem) {
        errors.put("evaluator", problem.getMessage());
      }
    }
    return problem(user, id, errors, model, response);
  }

  @PostMapping("/commissioning/procurements/{procurementId}/award")
  String decideAward(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String procurementId,
      @ModelAttribute("award") AwardForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = id(procurementId);
    Map<String, String> errors = new LinkedHashMap<>();
    Procurements.AwardDecision given = form.check(errors, today());
    if (given != null) {
      try {
        procurements.decideAward(id, given);
        redirect.addFlashAttribute("success", "The award decision is recorded");
        return "redirect:/commissioning/procurements/" + id + "#award";
      } catch (ProcurementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    return problem(user, id, errors, model, response);
  }
}
