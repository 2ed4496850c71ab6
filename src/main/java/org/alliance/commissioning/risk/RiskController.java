package org.alliance.commissioning.risk;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.risk.RiskRating.Band;
import org.alliance.identity.AllianceUser;
import org.alliance.web.SpreadsheetCsv;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk register's pages, at two levels: {@code /commissioning/risks} is the commissioner's
 * whole register (contract risks, which they keep, and the alliance's, which they read), and {@code
 * /alliance/risks} the alliance's own risks, kept by the alliance manager and read by the
 * leadership team and the commissioner. Who may do what is {@link Risks}'s to decide.
 */
@Controller
class RiskController {

  /** One of the register's two homes. */
  record Place(String base, String level, String title) {

    public boolean commissioning() {
      return base.startsWith("/commissioning");
    }
  }

  static final Place COMMISSIONING =
      new Place("/commissioning/risks", RiskFields.CONTRACT, "Risk register");
  static final Place ALLIANCE = new Place("/alliance/risks", RiskFields.ALLIANCE, "Alliance risks");

  private final Risks risks;

  RiskController(Risks risks) {
    this.risks = risks;
  }

  // The registers

  @GetMapping("/commissioning/risks")
  String commissioningRegister(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam Map<String, String> query,
      Model model) {
    return register(user, COMMISSIONING, query, model);
  }

  @GetMapping("/alliance/risks")
  String allianceRegister(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam Map<String, String> query,
      Model model) {
    return register(user, ALLIANCE, query, model);
  }

  @GetMapping("/commissioning/risks.csv")
  void commissioningCsv(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam Map<String, String> query,
      HttpServletResponse response)
      throws IOException {
    csv(user, COMMISSIONING, query, response);
  }

  @GetMapping("/alliance/risks.csv")
  void allianceCsv(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam Map<String, String> query,
      HttpServletResponse response)
      throws IOException {
    csv(user, ALLIANCE, query, response);
  }

  // Adding a risk

  @GetMapping("/commissioning/risks/new")
  String newContractRisk(@AuthenticationPrincipal AllianceUser user, Model model) {
    return newRisk(user, COMMISSIONING, model);
  }

  @GetMapping("/alliance/risks/new")
  String newAllianceRisk(@AuthenticationPrincipal AllianceUser user, Model model) {
    return newRisk(user, ALLIANCE, model);
  }

  @PostMapping("/commissioning/risks")
  String addContractRisk(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") RiskForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return add(user, COMMISSIONING, form, model, response, redirect);
  }

  @PostMapping("/alliance/risks")
  String addAllianceRisk(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") RiskForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return add(user, ALLIANCE, form, model, response, redirect);
  }

  // One risk, its history and its changes

  @GetMapping("/commissioning/risks/{riskId}")
  String contractRisk(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String riskId, Model model) {
    return show(user, COMMISSIONING, riskId, model);
  }

  @GetMapping("/alliance/risks/{riskId}")
  String allianceRisk(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String riskId, Model model) {
    return show(user, ALLIANCE, riskId, model);
  }

  @GetMapping("/commissioning/risks/{riskId}/edit")
  String editContractRisk(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String riskId, Model model) {
    return edit(user, COMMISSIONING, riskId, model);
  }

  @GetMapping("/alliance/risks/{riskId}/edit")
  String editAllianceRisk(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String riskId, Model model) {
    return edit(user, ALLIANCE, riskId, model);
  }

  @PostMapping("/commissioning/risks/{riskId}")
  String changeContractRisk(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String riskId,
      @ModelAttribute("form") RiskForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(user, COMMISSIONING, riskId, form, model, response, redirect);
  }

  @PostMapping("/alliance/risks/{riskId}")
  String changeAllianceRisk(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String riskId,
      @ModelAttribute("form") RiskForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(user, ALLIANCE, riskId, form, model, response, redirect);
  }

  // What they share

  private Risks.Filter filter(Place place, Map<String, String> query) {
    String level =
        place.commissioning()
            ? switch (query.getOrDefault("level", "")) {
              case RiskFields.CONTRACT -> RiskFields.CONTRACT;
              case RiskFields.ALLIANCE -> RiskFields.ALLIANCE;
              default -> null;
            }
            : RiskFields.ALLIANCE;
    UUID contract = place.commissioning() ? RiskForm.uuid(query.get("contract")) : null;
    Band band = Band.fromCode(query.getOrDefault("rating", "")).orElse(null);
    String status =
        switch (query.getOrDefault("status", RiskFields.OPEN)) {
          case RiskFields.CLOSED -> RiskFields.CLOSED;
          case "any" -> null;
          default -> RiskFields.OPEN;
        };
    return new Risks.Filter(level, contract, band, status, "overdue".equals(query.get("due")));
  }

  private String register(AllianceUser user, Place place, Map<String, String> query, Model model) {
    Risks.Filter filter = filter(place, query);
    model.addAttribute("place", place);
    model.addAttribute("filter", filter);
    model.addAttribute("risks", risks.list(user, filter));
    model.addAttribute("today", Risks.today());
    model.addAttribute("contracts", place.commissioning() ? risks.contracts() : List.of());
    model.addAttribute("bands", Band.values());
    model.addAttribute("bandsStated", RiskRating.bandsStated());
    model.addAttribute("mayAdd", Risks.mayChange(user, place.level()));
    model.addAttribute("csvQuery", csvQuery(filter));
    return "commissioning/risk/register";
  }

  private static String csvQuery(Risks.Filter filter) {
    StringBuilder q = new StringBuilder("?status=");
    q.append(filter.status() == null ? "any" : filter.status());
    if (filter.level() != null) {
      q.append("&level=").append(filter.level());
    }
    if (filter.contractId() != null) {
      q.append("&contract=").append(filter.contractId());
    }
    if (filter.band() != null) {
      q.append("&rating=").append(filter.band().code());
    }
    if (filter.overdueOnly()) {
      q.append("&due=overdue");
    }
    return q.toString();
  }

  private void csv(
      AllianceUser user, Place place, Map<String, String> query, HttpServletResponse response)
      throws IOException {
    List<Risk> found = risks.list(user, filter(place, query));
    LocalDate today = Risks.today();
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + (place.commissioning() ? "risk-register" : "alliance-risks")
            + "-"
            + today
            + ".csv\"");
    try (SpreadsheetCsv csv =
        SpreadsheetCsv.open(
            response.getWriter(),
            "Reference",
            "Level",
            "Contract",
            "Area",
            "Risk",
            "Owner",
            "Owner's role",
            "Likelihood",
            "Impact",
            "Inherent rating",
            "Inherent band",
            "Mitigations",
            "Residual likelihood",
            "Residual impact",
            "Residual rating",
            "Residual band",
            "Review date",
            "Overdue",
            "Status",
            "Version")) {
      for (Risk risk : found) {
        RiskFields f = risk.fields();
        csv.row(
            risk.reference(),
            f.levelLabel(),
            risk.contractReference(),
            f.area(),
            f.description(),
            f.ownerName(),
            f.ownerRole(),
            f.likelihood(),
            f.impact(),
            f.inherentRating(),
            f.inherentBand().map(Band::label).orElse(null),
            String.join("\n", f.mitigations()),
            f.residualLikelihood(),
            f.residualImpact(),
            f.residualRatingScore(),
            f.residualBand().map(Band::label).orElse(null),
            f.reviewOn(),
            risk.overdue(today) ? "Overdue" : "",
            f.statusLabel(),
            risk.version());
      }
    }
  }

  private String newRisk(AllianceUser user, Place place, Model model) {
    if (!Risks.mayChange(user, place.level())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return form(place, null, RiskForm.blank(Risks.today()), Map.of(), model);
  }

  private String add(
      AllianceUser user,
      Place place,
      RiskForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (!Risks.mayChange(user, place.level())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    RiskFields fields = form.check(errors, place.level(), false, Risks.today());
    if (fields != null) {
      try {
        UUID id = risks.create(user, fields);
        redirect.addFlashAttribute("success", "The risk is added to the register");
        return "redirect:" + place.base() + "/" + id;
      } catch (RiskProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return form(place, null, form, errors, model);
  }

  private String show(AllianceUser user, Place place, String riskId, Model model) {
    Risk risk = risks.find(user, id(riskId), place.level());
    model.addAttribute("place", place);
    model.addAttribute("risk", risk);
    model.addAttribute("today", Risks.today());
    model.addAttribute("history", risks.history(risk.id()));
    model.addAttribute("bandsStated", RiskRating.bandsStated());
    model.addAttribute("mayChange", Risks.mayChange(user, place.level()));
    return "commissioning/risk/risk";
  }

  private String edit(AllianceUser user, Place place, String riskId, Model model) {
    Risk risk = risks.find(user, id(riskId), place.level());
    if (!Risks.mayChange(user, place.level())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return form(place, risk, RiskForm.of(risk), Map.of(), model);
  }

  private String change(
      AllianceUser user,
      Place place,
      String riskId,
      RiskForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Risk risk = risks.find(user, id(riskId), place.level());
    if (!Risks.mayChange(user, place.level())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    RiskFields fields = form.check(errors, place.level(), !risk.fields().scored(), Risks.today());
    Integer version = form.versionNumber();
    if (version == null) {
      errors.put("description", new StaleRisk().getMessage());
    }
    if (fields != null && version != null) {
      try {
        List<String> changes = risks.update(user, risk.id(), fields, version);
        redirect.addFlashAttribute(
            "success",
            changes.isEmpty()
                ? "Nothing changed, so no new version was saved"
                : "The risk is saved as version " + (version + 1));
        return "redirect:" + place.base() + "/" + risk.id();
      } catch (RiskProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      } catch (StaleRisk stale) {
        errors.put("description", stale.getMessage());
        // Show the risk as it is now beside what they typed, with the version they have now seen.
        risk = risks.find(user, risk.id(), place.level());
        form = form.at(risk.version());
        model.addAttribute("stale", true);
      }
    }
    response.setStatus(
        model.containsAttribute("stale")
            ? HttpServletResponse.SC_CONFLICT
            : HttpServletResponse.SC_BAD_REQUEST);
    return form(place, risk, form, errors, model);
  }

  private String form(
      Place place, Risk risk, RiskForm form, Map<String, String> errors, Model model) {
    model.addAttribute("place", place);
    model.addAttribute("risk", risk);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    Map<String, String> contracts = new LinkedHashMap<>();
    risks.contracts().forEach(c -> contracts.put(c.id().toString(), c.label()));
    Map<String, String> owners = new LinkedHashMap<>();
    risks.owners().forEach(o -> owners.put(o.id().toString(), o.label()));
    Map<String, String> bands = new LinkedHashMap<>();
    for (Band band : Band.values()) {
      bands.put(band.code(), band.label());
    }
    model.addAttribute("contractOptions", contracts);
    model.addAttribute("ownerOptions", owners);
    model.addAttribute("bandOptions", bands);
    model.addAttribute("likelihoodWords", words(true));
    model.addAttribute("impactWords", words(false));
    model.addAttribute("bandsStated", RiskRating.bandsStated());
    return "commissioning/risk/form";
  }

  private static Map<Integer, String> words(boolean likelihood) {
    Map<Integer, String> words = new LinkedHashMap<>();
    for (int score = RiskRating.LOWEST; score <= RiskRating.HIGHEST; score++) {
      words.put(
          score,
          score
              + ": "
              + (likelihood ? RiskRating.likelihoodWord(score) : RiskRating.impactWord(score)));
    }
    return words;
  }

  private static UUID id(String text) {
    UUID id = RiskForm.uuid(text);
    if (id == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return id;
  }
}
