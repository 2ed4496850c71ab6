package org.alliance.commissioning.options;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.register.FinancialYear;
import org.alliance.web.FormFields;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /commissioning/options}: the timeline of every contract's term and options, the scenarios
 * (their details, advantages, disadvantages and risks, and each contract's action and costs), and
 * two to four scenarios compared side by side as a page, a printed paper and a PDF.
 */
@Controller
class OptionsController {

  static final String BASE = "/commissioning/options";
  static final int MOST_COMPARED = 4;

  private final Scenarios scenarios;
  private final Appraisals appraisals;
  private final Timelines timelines;

  OptionsController(Scenarios scenarios, Appraisals appraisals, Timelines timelines) {
    this.scenarios = scenarios;
    this.appraisals = appraisals;
    this.timelines = timelines;
  }

  static LocalDate today() {
    return LocalDate.now(FinancialYear.UK);
  }

  private static UUID id(String text) {
    return Scenarios.notFoundUnless(FormFields.uuid(text));
  }

  @GetMapping(BASE)
  String index(Model model) {
    model.addAttribute("scenarios", scenarios.list());
    model.addAttribute("errors", Map.of());
    return "commissioning/options/index";
  }

  // ---- the timeline ----

  @GetMapping(BASE + "/timeline")
  String timeline(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    Integer first = year(from, "from", errors);
    Integer last = year(to, "to", errors);
    if (first != null && last != null && last < first) {
      errors.put("to", "The last year must not be before the first");
      last = null;
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    Timeline timeline = timelines.timeline(first, last, today());
    model.addAttribute("timeline", timeline);
    model.addAttribute("errors", errors);
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("from", from == null ? String.valueOf(timeline.from()) : from);
    typed.put("to", to == null ? String.valueOf(timeline.to()) : to);
    model.addAttribute("typed", typed);
    return "commissioning/options/timeline";
  }

  private static Integer year(String typed, String field, Map<String, String> errors) {
    String text = FormFields.strip(typed);
    if (text == null) {
      return null;
    }
    if (!text.matches("[0-9]{4}")
        || Integer.parseInt(text) < 2000
        || Integer.parseInt(text) > 2100) {
      errors.put(field, "Enter a year from 2000 to 2100, like 2024");
      return null;
    }
    return Integer.parseInt(text);
  }

  // ---- scenarios ----

  @GetMapping(BASE + "/scenarios/new")
  String newScenario(Model model) {
    return scenarioForm(null, OptionsForms.blank(FinancialYear.current()), Map.of(), model);
  }

  private String scenarioForm(
      Scenario scenario, Map<String, String> typed, Map<String, String> errors, Model model) {
    model.addAttribute("scenario", scenario);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    return "commissioning/options/scenario-form";
  }

  @PostMapping(BASE + "/scenarios")
  String create(
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = FormFields.typed(params);
    Map<String, String> errors = new LinkedHashMap<>();
    Scenarios.Details details = OptionsForms.scenario(typed, errors);
    if (details != null) {
      try {
        UUID id = scenarios.create(details);
        redirect.addFlashAttribute("success", "The scenario is saved: now add its actions");
        return "redirect:" + BASE + "/scenarios/" + id;
      } catch (OptionsProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return scenarioForm(null, typed, errors, model);
  }

  @GetMapping(BASE + "/scenarios/{scenarioId}")
  String show(@PathVariable String scenarioId, Model model) {
    UUID id = id(scenarioId);
    Appraisal appraisal = appraisals.of(List.of(id));
    if (appraisal.scenarios().isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("appraisal", appraisal);
    model.addAttribute("scenario", appraisal.only());
    model.addAttribute(
        "others", scenarios.list().stream().filter(s -> !s.id().equals(id)).toList());
    return "commissioning/options/scenario";
  }

  @GetMapping(BASE + "/scenarios/{scenarioId}/edit")
  String edit(@PathVariable String scenarioId, Model model) {
    Scenario scenario = scenarios.get(id(scenarioId));
    return scenarioForm(scenario, OptionsForms.of(scenario), Map.of(), model);
  }

  @PostMapping(BASE + "/scenarios/{scenarioId}")
  String update(
      @PathVariable String scenarioId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Scenario scenario = scenarios.get(id(scenarioId));
    Map<String, String> typed = FormFields.typed(params);
    Map<String, String> errors = new LinkedHashMap<>();
    Integer version = FormFields.version(typed.get("version"));
    Scenarios.Details details = OptionsForms.scenario(typed, errors);
    if (version == null) {
      errors.put("name", StaleScenario.MESSAGE);
    }
    if (details != null && version != null) {
      try {
        scenarios.update(scenario.id(), version, details);
        redirect.addFlashAttribute("success", "The scenario is saved");
        return "redirect:" + BASE + "/scenarios/" + scenario.id();
      } catch (OptionsProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      } catch (StaleScenario stale) {
        errors.put("name", stale.getMessage());
        scenario = scenarios.get(scenario.id());
        typed.put("version", String.valueOf(scenario.version()));
        model.addAttribute("current", scenario);
      }
    }
    response.setStatus(
        model.containsAttribute("current")
            ? HttpServletResponse.SC_CONFLICT
            : HttpServletResponse.SC_BAD_REQUEST);
    return scenarioForm(scenario, typed, errors, model);
  }

  @PostMapping(BASE + "/scenarios/{scenarioId}/status")
  String archive(
      @PathVariable String scenarioId,
      @RequestParam MultiValueMap<String, String> params,
      RedirectAttributes redirect) {
    Scenario scenario = scenarios.get(id(scenarioId));
    Map<String, String> typed = FormFields.typed(params);
    Integer version = FormFields.version(typed.get("version"));
    String status = FormFields.strip(typed.get("status"));
    if (version == null || !("archived".equals(status) || "open".equals(status))) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Archive or restore the scenario from its page");
    }
    try {
      scenarios.archive(scenario.id(), version, "archived".equals(status));
      redirect.addFlashAttribute(
          "success",
          "archived".equals(status) ? "The scenario is archived" : "The scenario is restored");
    } catch (StaleScenario stale) {
      redirect.addFlashAttribute("problem", stale.getMessage());
    }
    return "redirect:" + BASE + "/scenarios/" + scenario.id();
  }

  // ---- actions ----

  private String actionForm(
      Scenario scenario,
      ScenarioAction action,
      Map<String, String> typed,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("scenario", scenario);
    model.addAttribute("action", action);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    Map<String, String> contracts = new LinkedHashMap<>();
    scenarios.contracts().forEach(c -> contracts.put(c.id().toString(), c.label()));
    model.addAttribute("contracts", contracts);
    Map<String, String> types = new LinkedHashMap<>();
    for (ActionType type : ActionType.values()) {
      types.put(type.code(), type.label());
    }
    model.addAttribute("types", types);
    List<String[]> years = new ArrayList<>();
    for (int year : scenario.years()) {
      years.add(new String[] {"cost-" + year, FinancialYear.label(year)});
    }
    model.addAttribute("costYears", years);
    return "commissioning/options/action-form";
  }

  @GetMapping(BASE + "/scenarios/{scenarioId}/actions/new")
  String newAction(@PathVariable String scenarioId, Model model) {
    Scenario scenario = scenarios.get(id(scenarioId));
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("version", String.valueOf(scenario.version()));
    return actionForm(scenario, null, typed, Map.of(), model);
  }

  @PostMapping(BASE + "/scenarios/{scenarioId}/actions")
  String addAction(
      @PathVariable String scenarioId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Scenario scenario = scenarios.get(id(scenarioId));
    return saveAction(scenario, null, params, model, response, redirect);
  }

  @GetMapping(BASE + "/scenarios/{scenarioId}/actions/{scenarioActionId}")
  String editAction(
      @PathVariable String scenarioId, @PathVariable String scenarioActionId, Model model) {
    Scenario scenario = scenarios.get(id(scenarioId));
    ScenarioAction action = action(scenario, scenarioActionId);
    Map<String, String> typed = OptionsForms.of(action);
    typed.put("version", String.valueOf(scenario.version()));
    return actionForm(scenario, action, typed, Map.of(), model);
  }

  @PostMapping(BASE + "/scenarios/{scenarioId}/actions/{scenarioActionId}")
  String changeAction(
      @PathVariable String scenarioId,
      @PathVariable String scenarioActionId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Scenario scenario = scenarios.get(id(scenarioId));
    ScenarioAction action = action(scenario, scenarioActionId);
    return saveAction(scenario, action, params, model, response, redirect);
  }

  @PostMapping(BASE + "/scenarios/{scenarioId}/actions/{scenarioActionId}/removal")
  String removeAction(
      @PathVariable String scenarioId,
      @PathVariable String scenarioActionId,
      @RequestParam MultiValueMap<String, String> params,
      RedirectAttributes redirect) {
    Scenario scenario = scenarios.get(id(scenarioId));
    ScenarioAction action = action(scenario, scenarioActionId);
    Integer version = FormFields.version(FormFields.typed(params).get("version"));
    if (version == null) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Remove the action from the scenario's page");
    }
    try {
      scenarios.removeAction(scenario.id(), action.id(), version);
      redirect.addFlashAttribute("success", "The action is removed");
    } catch (StaleScenario stale) {
      redirect.addFlashAttribute("problem", stale.getMessage());
    }
    return "redirect:" + BASE + "/scenarios/" + scenario.id();
  }

  private ScenarioAction action(Scenario scenario, String actionId) {
    return scenarios
        .action(scenario.id(), id(actionId))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private String saveAction(
      Scenario scenario,
      ScenarioAction action,
      MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = FormFields.typed(params);
    Map<String, String> errors = new LinkedHashMap<>();
    Integer version = FormFields.version(typed.get("version"));
    Scenarios.ActionDetails details = OptionsForms.action(typed, scenario, errors);
    if (version == null) {
      errors.put("contract", StaleScenario.MESSAGE);
    }
    boolean stale = false;
    if (details != null && version != null) {
      try {
        if (action == null) {
          scenarios.addAction(scenario.id(), version, details);
          redirect.addFlashAttribute("success", "The action is added to the scenario");
        } else {
          scenarios.updateAction(scenario.id(), action.id(), version, details);
          redirect.addFlashAttribute("success", "The action is saved");
        }
        return "redirect:" + BASE + "/scenarios/" + scenario.id() + "#actions";
      } catch (OptionsProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      } catch (StaleScenario changed) {
        errors.put("contract", changed.getMessage());
        scenario = scenarios.get(scenario.id());
        typed.put("version", String.valueOf(scenario.version()));
        stale = true;
      }
    }
    response.setStatus(
        stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
    return actionForm(scenario, action, typed, errors, model);
  }

  // ---- comparing ----

  /** The scenarios asked for, or why they cannot be compared. */
  private record Asked(List<UUID> ids, String problem) {}

  private static Asked asked(List<String> typed) {
    if (typed == null || typed.isEmpty()) {
      return new Asked(List.of(), null);
    }
    List<UUID> ids = new ArrayList<>();
    for (String text : typed) {
      UUID id = FormFields.uuid(text);
      if (id == null) {
        return new Asked(List.of(), "Choose scenarios from the list");
      }
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    if (ids.size() < 2) {
      return new Asked(ids, "Choose two or more scenarios to compare");
    }
    if (ids.size() > MOST_COMPARED) {
      return new Asked(ids, "Choose at most " + MOST_COMPARED + " scenarios to compare");
    }
    return new Asked(ids, null);
  }

  private Appraisal compared(List<UUID> ids) {
    Appraisal appraisal = appraisals.of(ids);
    if (appraisal.scenarios().size() != ids.size()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return appraisal;
  }

  @GetMapping(BASE + "/compare")
  String compare(
      @RequestParam(name = "scenario", required = false) List<String> typed,
      Model model,
      HttpServletResponse response) {
    Asked asked = asked(typed);
    Map<String, String> errors = new LinkedHashMap<>();
    if (asked.problem() != null) {
      errors.put("scenarios", asked.problem());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    } else if (!asked.ids().isEmpty()) {
      model.addAttribute("appraisal", compared(asked.ids()));
    }
    model.addAttribute("errors", errors);
    model.addAttribute("chosen", asked.ids());
    // The chooser's list only when there is no comparison to show.
    model.addAttribute(
        "scenarios", model.containsAttribute("appraisal") ? List.of() : scenarios.list());
    return "commissioning/options/compare";
  }

  @GetMapping(BASE + "/compare.pdf")
  ResponseEntity<byte[]> comparePdf(
      @RequestParam(name = "scenario", required = false) List<String> typed) {
    Asked asked = asked(typed);
    if (asked.problem() != null || asked.ids().isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          asked.problem() == null ? "Choose two or more scenarios to compare" : asked.problem());
    }
    Appraisal appraisal = compared(asked.ids());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("options-appraisal-" + today() + ".pdf")
                .build()
                .toString())
        .body(ComparisonPdf.write(appraisal, Instant.now()));
  }
}
