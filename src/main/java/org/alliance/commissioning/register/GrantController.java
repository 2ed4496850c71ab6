package org.alliance.commissioning.register;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.organisation.Organisation;
import org.alliance.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /commissioning/grants}: the grants beside the contracts, shaped like seed 004's Table 2 (a
 * table per year, county-wide grants apart from a grant one council receives alone), a grant's page
 * with its amount by year, and the form to add one.
 */
@Controller
class GrantController {

  private final Grants grants;
  private final Councils councils;
  private final RoundingRule rule;

  GrantController(Grants grants, Councils councils, RoundingRule rule) {
    this.grants = grants;
    this.councils = councils;
    this.rule = rule;
  }

  /** A group of grants shared the same way, as one published table. */
  record Group(String title, Split.PublishedTable table) {}

  record YearTables(int year, String label, List<Group> groups) {}

  @GetMapping("/commissioning/grants")
  String list(Model model) {
    List<Organisation> all = councils.all();
    List<UUID> ids = all.stream().map(Organisation::id).toList();
    Map<UUID, String> names = councils.names();
    List<Grant> every = grants.all();
    TreeSet<Integer> years = new TreeSet<>();
    every.forEach(g -> g.amounts().forEach(a -> years.add(a.financialYear())));
    List<YearTables> tables = new ArrayList<>();
    for (int year : years) {
      Map<String, List<Split.Line>> groups = new LinkedHashMap<>();
      for (Grant grant : every) {
        BigDecimal amount = grant.amountIn(year).orElse(null);
        if (amount == null || Split.problem(grant.shares(), grant.hostCouncilId()) != null) {
          continue;
        }
        List<UUID> sharing = grant.shares().stream().map(CouncilShare::councilId).sorted().toList();
        String title =
            sharing.size() == ids.size()
                ? "Grants to every council"
                : sharing.stream().map(names::get).sorted().collect(Collectors.joining(" and "))
                    + " only";
        groups
            .computeIfAbsent(title, t -> new ArrayList<>())
            .add(
                new Split.Line(
                    grant.name() + " (" + grant.shortName() + ")",
                    "/commissioning/grants/" + grant.id(),
                    amount,
                    grant.shares(),
                    grant.hostCouncilId()));
      }
      List<Group> built = new ArrayList<>();
      groups.forEach((title, lines) -> built.add(new Group(title, Split.table(lines, ids, rule))));
      built.sort(
          (a, b) ->
              a.title().startsWith("Grants to every")
                  ? -1
                  : b.title().startsWith("Grants to every") ? 1 : a.title().compareTo(b.title()));
      tables.add(new YearTables(year, FinancialYear.label(year), built));
    }
    model.addAttribute("tables", tables);
    model.addAttribute("grants", every);
    model.addAttribute("councilNames", names);
    return "commissioning/register/grants";
  }

  @GetMapping("/commissioning/grants/new")
  String newGrant(Model model) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("issuer", "Office for Health Improvement and Disparities (OHID)");
    return form(typed, Map.of(), model);
  }

  private String form(Map<String, String> typed, Map<String, String> errors, Model model) {
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("councils", councils.all());
    return "commissioning/register/grant-form";
  }

  @PostMapping("/commissioning/grants")
  String create(
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = FormFields.typed(params);
    Map<String, String> errors = new LinkedHashMap<>();
    String name = FormFields.text(typed, "name", "the grant's name", 300, true, errors);
    String shortName = FormFields.text(typed, "shortName", "a short name", 40, true, errors);
    String issuer = FormFields.text(typed, "issuer", "who issues it", 200, true, errors);
    String note = FormFields.text(typed, "note", "the note", 2000, false, errors);
    List<CouncilShare> shares = new ArrayList<>();
    for (Organisation council : councils.all()) {
      Pounds.Parsed percent =
          Pounds.percent(typed.get("share-" + council.id()), council.name() + "'s share");
      if (!percent.ok()) {
        errors.putIfAbsent("shares", percent.problem());
      } else if (percent.amount() != null) {
        shares.add(new CouncilShare(council.id(), percent.amount()));
      }
    }
    UUID host = FormFields.uuid(typed.get("host"));
    if (!errors.containsKey("shares")) {
      String problem = Split.problem(shares, host);
      if (problem != null) {
        errors.put(problem.contains("host council") ? "host" : "shares", problem);
      }
    }
    if (errors.isEmpty()) {
      try {
        UUID id = grants.create(new Grants.Details(name, shortName, issuer, host, note, shares));
        redirect.addFlashAttribute("success", "The grant is added: now give its amount by year");
        return "redirect:/commissioning/grants/" + id;
      } catch (RegisterProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return form(typed, errors, model);
  }

  @GetMapping("/commissioning/grants/{fundingGrantId}")
  String show(@PathVariable String fundingGrantId, Model model) {
    return grantPage(id(fundingGrantId), Map.of(), Map.of(), model);
  }

  private static UUID id(String text) {
    UUID id = FormFields.uuid(text);
    if (id == null) {
      throw new NotFound();
    }
    return id;
  }

  private String grantPage(
      UUID id, Map<String, String> typed, Map<String, String> errors, Model model) {
    Grant grant = grants.get(id);
    Map<UUID, String> names = councils.names();
    List<Map<String, String>> rows = new ArrayList<>();
    for (Contract.YearValue amount : grant.amounts()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("year", amount.yearLabel());
      row.put("amount", Pounds.format(amount.amount()));
      Map<UUID, BigDecimal> exact =
          Split.problem(grant.shares(), grant.hostCouncilId()) == null
              ? Split.exact(amount.amount(), grant.shares(), grant.hostCouncilId())
              : Map.of();
      for (CouncilShare share : grant.shares()) {
        BigDecimal part = exact.get(share.councilId());
        row.put(share.councilId().toString(), part == null ? "" : Pounds.format(part));
      }
      rows.add(row);
    }
    model.addAttribute("grant", grant);
    model.addAttribute("rows", rows);
    model.addAttribute("councilNames", names);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "shareText",
        grant.shares().stream()
            .map(
                s ->
                    names.getOrDefault(s.councilId(), "Unknown council")
                        + ": "
                        + Pounds.percentText(s.percent())
                        + (s.councilId().equals(grant.hostCouncilId()) ? " (host)" : ""))
            .toList());
    return "commissioning/register/grant";
  }

  @PostMapping("/commissioning/grants/{fundingGrantId}/amounts")
  String amount(
      @PathVariable String fundingGrantId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = id(fundingGrantId);
    grants.get(id);
    Map<String, String> typed = FormFields.typed(params);
    Map<String, String> errors = new LinkedHashMap<>();
    Integer version = FormFields.version(typed.get("version"));
    Integer year = Forms.financialYear(typed.get("amountYear"));
    if (year == null) {
      errors.put("amountYear", "Enter the financial year, like 2023 for 2023/24");
    }
    Pounds.Parsed amount = Pounds.parse(typed.get("amount"), "the amount");
    if (!amount.ok()) {
      errors.put("amount", amount.problem());
    }
    if (version == null) {
      errors.put("amountYear", new StaleChange("grant").getMessage());
    }
    if (errors.isEmpty()) {
      try {
        grants.setAmount(id, version, year, amount.amount());
        redirect.addFlashAttribute("success", "The amount is saved");
        return "redirect:/commissioning/grants/" + id;
      } catch (StaleChange stale) {
        errors.put("amountYear", stale.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return grantPage(id, typed, errors, model);
  }
}
