package org.alliance.commissioning.register;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.organisation.Organisation;
import org.alliance.web.FormFields;
import org.alliance.web.SpreadsheetCsv;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /commissioning/contracts}: the register with its Table-1-shaped summary and CSV, a
 * contract's page, the add and edit forms, and the contract page's small forms (a year's value, a
 * provider, an option and its decision, funding, a document, a directory service).
 */
@Controller
class ContractController {

  private final ContractRegister register;
  private final RegisterPages pages;

  ContractController(ContractRegister register, RegisterPages pages) {
    this.register = register;
    this.pages = pages;
  }

  static LocalDate today() {
    return LocalDate.now(FinancialYear.UK);
  }

  private static UUID id(String text) {
    UUID id = FormFields.uuid(text);
    if (id == null) {
      throw new NotFound();
    }
    return id;
  }

  @GetMapping("/commissioning/contracts")
  String list(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String council,
      @RequestParam(required = false) String page,
      Model model) {
    model.addAttribute(
        "page",
        pages.register(
            Forms.financialYear(year),
            FormFields.strip(status),
            FormFields.uuid(council),
            Forms.pageNumber(page)));
    return "commissioning/register/list";
  }

  @GetMapping("/commissioning/contracts.csv")
  void csv(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String council,
      HttpServletResponse response)
      throws IOException {
    RegisterPages.RegisterPage page =
        pages.register(
            Forms.financialYear(year), FormFields.strip(status), FormFields.uuid(council));
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"contract-register-" + page.year() + ".csv\"");
    List<String> header =
        new ArrayList<>(
            List.of(
                "Reference",
                "Service",
                "Providers",
                "Status",
                "Start",
                "End",
                "Furthest possible end",
                "Financial year",
                "Value (£)"));
    for (Organisation council1 : page.councils()) {
      header.add(council1.name() + " share (£)");
      header.add(council1.name() + " published (" + page.rule().unitLabel() + ")");
    }
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, header)) {
      for (RegisterPages.Line line : page.lines()) {
        Contract c = line.contract();
        List<Object> cells = new ArrayList<>();
        cells.add(c.reference());
        cells.add(c.service());
        cells.add(String.join("; ", c.providers().stream().map(Contract.Provider::name).toList()));
        cells.add(c.statusLabel());
        cells.add(c.startOn().toString());
        cells.add(c.endOn().toString());
        cells.add(c.furthestEnd().toString());
        cells.add(page.yearLabel());
        cells.add(line.value() == null ? "" : Pounds.plain(line.value()));
        Split.PublishedRow published =
            page.table().rows().stream()
                .filter(r -> r.href().endsWith(c.id().toString()))
                .findFirst()
                .orElse(null);
        for (Organisation council1 : page.councils()) {
          BigDecimal share = line.split().get(council1.id());
          cells.add(share == null ? "" : Pounds.plain(share));
          cells.add(published == null ? "" : published.figure(council1.id()).toPlainString());
        }
        csv.row(cells);
      }
    }
  }

  @GetMapping("/commissioning/contracts/new")
  String newContract(Model model) {
    return form(null, ContractForm.blank(today()), Map.of(), model);
  }

  private String form(
      Contract contract, Map<String, String> typed, Map<String, String> errors, Model model) {
    model.addAttribute("contract", contract);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("councils", pages.councils());
    model.addAttribute("statuses", Contract.STATUSES);
    Map<String, String> labels = new LinkedHashMap<>();
    Contract.STATUSES.forEach(s -> labels.put(s, Contract.statusLabel(s)));
    model.addAttribute("statusLabels", labels);
    return "commissioning/register/form";
  }

  @PostMapping("/commissioning/contracts")
  String create(
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = FormFields.typed(params);
    Map<String, String> errors = new LinkedHashMap<>();
    ContractRegister.Details details = ContractForm.check(typed, pages.councils(), errors);
    String provider = ContractForm.provider(typed, errors);
    BigDecimal value = ContractForm.firstValue(typed, errors);
    if (details != null && errors.isEmpty()) {
      try {
        UUID id =
            register.create(
                details,
                provider,
                FormFields.strip(typed.get("providerRole")),
                value,
                value == null ? null : Forms.financialYear(typed.get("valueYear")));
        redirect.addFlashAttribute("success", "The contract is in the register");
        return "redirect:/commissioning/contracts/" + id;
      } catch (RegisterProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return form(null, typed, errors, model);
  }

  @GetMapping("/commissioning/contracts/{contractId}")
  String show(@PathVariable String contractId, Model model) {
    return contractPage(id(contractId), Map.of(), Map.of(), model);
  }

  private String contractPage(
      UUID id, Map<String, String> typed, Map<String, String> errors, Model model) {
    model.addAttribute("page", pages.contract(id));
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", Contract.FundingSource.KINDS);
    model.addAttribute("levels", Contract.FundingSource.LEVELS);
    model.addAttribute("roles", ContractForm.PROVIDER_ROLES);
    return "commissioning/register/contract";
  }

  @GetMapping("/commissioning/contracts/{contractId}/edit")
  String edit(@PathVariable String contractId, Model model) {
    Contract contract = register.get(id(contractId));
    return form(contract, ContractForm.of(contract), Map.of(), model);
  }

  @PostMapping("/commissioning/contracts/{contractId}")
  String update(
      @PathVariable String contractId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = id(contractId);
    Contract contract = register.get(id);
    Map<String, String> typed = FormFields.typed(params);
    Map<String, String> errors = new LinkedHashMap<>();
    Integer version = FormFields.version(typed.get("version"));
    ContractRegister.Details details = ContractForm.check(typed, pages.councils(), errors);
    if (version == null) {
      errors.put("reference", new StaleChange("contract").getMessage());
    }
    if (details != null && errors.isEmpty()) {
      try {
        register.update(id, version, details);
        redirect.addFlashAttribute("success", "The contract is saved");
        return "redirect:/commissioning/contracts/" + id;
      } catch (RegisterProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      } catch (StaleChange stale) {
        errors.put("reference", stale.getMessage());
        contract = register.get(id);
        // Keep what they typed, but against the version as it is now.
        typed.put("version", String.valueOf(contract.version()));
        model.addAttribute("current", ContractForm.of(contract));
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return form(contract, typed, errors, model);
  }

  /**
   * One of the contract page's small forms: checks it, makes the change under the version the page
   * was opened at, and shows the page again with the problem when it cannot.
   */
  private String change(
      String contractId,
      MultiValueMap<String, String> params,
      String firstField,
      String anchor,
      String success,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      ChangeAction action) {
    UUID id = id(contractId);
    register.get(id);
    Map<String, String> typed = FormFields.typed(params);
    Map<String, String> errors = new LinkedHashMap<>();
    Integer version = FormFields.version(typed.get("version"));
    if (version == null) {
      errors.put(firstField, new StaleChange("contract").getMessage());
    } else {
      try {
        Runnable done = action.check(typed, errors, version);
        if (errors.isEmpty() && done != null) {
          done.run();
          redirect.addFlashAttribute("success", success);
          return "redirect:/commissioning/contracts/" + id + "#" + anchor;
        }
      } catch (RegisterProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      } catch (StaleChange stale) {
        errors.put(firstField, stale.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return contractPage(id, typed, errors, model);
  }

  /** Checks a small form; answers the change to make, or null (with errors) when it cannot. */
  @FunctionalInterface
  private interface ChangeAction {
    Runnable check(Map<String, String> typed, Map<String, String> errors, int version);
  }

  @PostMapping("/commissioning/contracts/{contractId}/values")
  String value(
      @PathVariable String contractId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        contractId,
        params,
        "valueYear",
        "values",
        "The value is saved",
        model,
        response,
        redirect,
        (typed, errors, version) -> {
          Integer year = Forms.financialYear(typed.get("valueYear"));
          if (year == null) {
            errors.put("valueYear", "Enter the financial year, like 2023 for 2023/24");
          }
          Pounds.Parsed amount = Pounds.parse(typed.get("valueAmount"), "the value");
          if (!amount.ok()) {
            errors.put("valueAmount", amount.problem());
          }
          return errors.isEmpty()
              ? () -> register.setValue(id(contractId), version, year, amount.amount())
              : null;
        });
  }

  @PostMapping("/commissioning/contracts/{contractId}/providers")
  String provider(
      @PathVariable String contractId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        contractId,
        params,
        "providerName",
        "providers",
        "The provider is added",
        model,
        response,
        redirect,
        (typed, errors, version) -> {
          String name =
              FormFields.text(typed, "providerName", "the provider's name", 200, true, errors);
          String role = FormFields.strip(typed.get("providerRole"));
          if (role == null || !ContractForm.PROVIDER_ROLES.contains(role)) {
            errors.put("providerRole", "Choose the provider's role");
          }
          UUID organisation = null;
          if (FormFields.strip(typed.get("providerOrganisation")) != null) {
            organisation = FormFields.uuid(typed.get("providerOrganisation"));
            if (organisation == null) {
              errors.put("providerOrganisation", "Choose an organisation from the list, or none");
            }
          }
          UUID chosen = organisation;
          return errors.isEmpty()
              ? () -> register.addProvider(id(contractId), version, name, chosen, role)
              : null;
        });
  }

  /** Takes a provider, funding source, document or linked service off the contract. */
  @PostMapping("/commissioning/contracts/{contractId}/remove")
  String remove(
      @PathVariable String contractId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ContractRegister.Part part =
        ContractRegister.Part.named(FormFields.strip(params.getFirst("part")));
    String anchor = part == null ? "providers" : part.anchor;
    return change(
        contractId,
        params,
        anchor,
        anchor,
        "It is removed from the contract",
        model,
        response,
        redirect,
        (typed, errors, version) -> {
          String partId = FormFields.strip(typed.get("partId"));
          if (part == null || partId == null || partId.length() > 200) {
            errors.put(anchor, "That is not on this contract any more");
            return null;
          }
          return () -> register.remove(id(contractId), version, part, partId);
        });
  }

  @PostMapping("/commissioning/contracts/{contractId}/options")
  String option(
      @PathVariable String contractId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        contractId,
        params,
        "optionMonths",
        "options",
        "The option is added",
        model,
        response,
        redirect,
        (typed, errors, version) -> {
          Integer months = Forms.whole(typed.get("optionMonths"), 1, 120);
          if (months == null) {
            errors.put("optionMonths", "Enter the option's length in whole months, from 1 to 120");
          }
          LocalDate decideBy = FormFields.date(typed, "decideBy");
          if (decideBy == null) {
            errors.put(
                "decideByDay", "Enter the date the option must be decided by, like 30 9 2025");
          }
          return errors.isEmpty()
              ? () -> register.addOption(id(contractId), version, months, decideBy)
              : null;
        });
  }

  @PostMapping("/commissioning/contracts/{contractId}/options/{optionId}")
  String decide(
      @PathVariable String contractId,
      @PathVariable String optionId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID option = id(optionId);
    if (register.get(id(contractId)).options().stream().noneMatch(o -> o.id().equals(option))) {
      throw new NotFound();
    }
    return change(
        contractId,
        params,
        "decision",
        "options",
        "The decision is recorded",
        model,
        response,
        redirect,
        (typed, errors, version) -> {
          String decision = FormFields.strip(typed.get("decision"));
          if (!"taken".equals(decision) && !"declined".equals(decision)) {
            errors.put("decision", "Choose whether the option is taken or declined");
            return null;
          }
          return () ->
              register.decideOption(
                  id(contractId), version, option, "taken".equals(decision), today());
        });
  }

  @PostMapping("/commissioning/contracts/{contractId}/funding")
  String funding(
      @PathVariable String contractId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        contractId,
        params,
        "fundingYear",
        "funding",
        "The funding source is added",
        model,
        response,
        redirect,
        (typed, errors, version) -> {
          Integer year = Forms.financialYear(typed.get("fundingYear"));
          if (year == null) {
            errors.put("fundingYear", "Enter the financial year, like 2023 for 2023/24");
          }
          String kind = FormFields.strip(typed.get("fundingKind"));
          if (kind == null || !Contract.FundingSource.KINDS.contains(kind)) {
            errors.put("fundingKind", "Choose the kind of funding");
          }
          String name =
              FormFields.text(typed, "fundingName", "the funding's name", 200, true, errors);
          Pounds.Parsed amount = Pounds.parse(typed.get("fundingAmount"), "the amount");
          if (!amount.ok()) {
            errors.put("fundingAmount", amount.problem());
          }
          UUID council = null;
          if (FormFields.strip(typed.get("fundingCouncil")) != null) {
            council = FormFields.uuid(typed.get("fundingCouncil"));
            if (council == null) {
              errors.put("fundingCouncil", "Choose a council from the list, or none");
            }
          }
          String level = FormFields.strip(typed.get("fundingLevel"));
          if (level == null || !Contract.FundingSource.LEVELS.contains(level)) {
            errors.put("fundingLevel", "Choose the level of commissioning");
          }
          UUID chosen = council;
          return errors.isEmpty()
              ? () ->
                  register.addFunding(
                      id(contractId), version, year, kind, name, amount.amount(), chosen, level)
              : null;
        });
  }

  @PostMapping("/commissioning/contracts/{contractId}/documents")
  String document(
      @PathVariable String contractId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        contractId,
        params,
        "documentTitle",
        "documents",
        "The document is linked",
        model,
        response,
        redirect,
        (typed, errors, version) -> {
          String title =
              FormFields.text(typed, "documentTitle", "the document's title", 200, true, errors);
          String url = Forms.httpsUrl(typed.get("documentUrl"));
          if (url == null) {
            errors.put("documentUrl", "Enter the document's web address, starting https://");
          }
          return errors.isEmpty()
              ? () -> register.addDocument(id(contractId), version, title, url)
              : null;
        });
  }

  @PostMapping("/commissioning/contracts/{contractId}/services")
  String service(
      @PathVariable String contractId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        contractId,
        params,
        "serviceId",
        "services",
        "The service is linked",
        model,
        response,
        redirect,
        (typed, errors, version) -> {
          String serviceId = FormFields.strip(typed.get("serviceId"));
          if (serviceId == null) {
            errors.put("serviceId", "Enter the directory service's id");
          } else if (serviceId.length() > 200 || !serviceId.matches("[A-Za-z0-9._:-]+")) {
            errors.put("serviceId", "The directory has no service with this id");
          }
          return errors.isEmpty()
              ? () -> register.linkService(id(contractId), version, serviceId)
              : null;
        });
  }
}
