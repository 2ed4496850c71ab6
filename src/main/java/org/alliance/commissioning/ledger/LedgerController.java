package org.alliance.commissioning.ledger;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.commissioning.ledger.LedgerForms.BudgetForm;
import org.alliance.commissioning.ledger.LedgerForms.CorrectionForm;
import org.alliance.commissioning.ledger.LedgerForms.EntryForm;
import org.alliance.commissioning.ledger.LedgerForms.LineBudgetForm;
import org.alliance.commissioning.ledger.LedgerForms.LineForm;
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
 * {@code /alliance/ledger}: the year's devolved budget and its lines, each line's entries, an entry
 * with its corrections, and the forms that append to the ledger. What each page holds is decided by
 * {@link LedgerViewer}, through {@link Ledger} and {@link Reports}.
 */
@Controller
class LedgerController {

  private final Ledger ledger;
  private final Reports reports;

  LedgerController(Ledger ledger, Reports reports) {
    this.ledger = ledger;
    this.reports = reports;
  }

  private static LocalDate today() {
    return LocalDate.now(FinancialYear.UK);
  }

  /** A line on the overview: its budget and the figures the viewer may see for it. */
  record LineSummary(BudgetLine line, Figures figures) {}

  @GetMapping("/alliance/ledger")
  String overview(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "year", required = false) String year,
      Model model) {
    return overview(LedgerViewer.of(user), year, Map.of(), model);
  }

  private String overview(
      LedgerViewer viewer, String typedYear, Map<String, String> errors, Model model) {
    Optional<FinancialYear> asked = FinancialYear.parse(typedYear);
    FinancialYear year = asked.orElse(FinancialYear.current());
    if (typedYear != null && !typedYear.isBlank() && asked.isEmpty()) {
      model.addAttribute("yearProblem", "Enter a financial year like " + year.startYear());
    }
    CompositeReport report = reports.report(viewer, year);
    Optional<DevolvedBudget> budget = ledger.budget(year);
    List<BudgetLine> lines = budget.map(b -> ledger.lines(b.id())).orElse(List.of());
    Map<UUID, Figures> figures = new HashMap<>();
    report.lines().forEach(r -> figures.put(r.lineId(), r.figures()));
    report.members().stream()
        .filter(m -> !viewer.openBook())
        .flatMap(m -> m.lines().stream())
        .forEach(l -> figures.put(l.lineId(), l.figures()));
    model.addAttribute("viewer", viewer);
    model.addAttribute("year", year);
    model.addAttribute("years", ledger.years());
    model.addAttribute("budget", budget.orElse(null));
    model.addAttribute("report", report);
    model.addAttribute(
        "lines",
        lines.stream()
            .map(
                l ->
                    new LineSummary(
                        l,
                        figures.getOrDefault(
                            l.id(),
                            new Figures(
                                viewer.openBook() ? l.budget() : null,
                                LedgerMoney.ZERO,
                                LedgerMoney.ZERO))))
            .toList());
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("budgetForm")) {
      model.addAttribute("budgetForm", BudgetForm.blank(year));
    }
    if (!model.containsAttribute("lineForm")) {
      model.addAttribute("lineForm", LineForm.blank());
    }
    return "commissioning/ledger/overview";
  }

  @PostMapping("/alliance/ledger/budgets")
  String createBudget(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("budgetForm") BudgetForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    LedgerViewer viewer = LedgerViewer.of(user);
    if (!viewer.managesBudget()) {
      throw new ManagerOnly();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    FinancialYear year = form.check(errors);
    if (errors.isEmpty()) {
      try {
        ledger.createBudget(viewer, year, LedgerForms.strip(form.note()));
        redirect.addFlashAttribute("success", "The budget for " + year.label() + " is set up");
        return "redirect:/alliance/ledger?year=" + year.startYear();
      } catch (LedgerProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return overview(viewer, year == null ? null : String.valueOf(year.startYear()), errors, model);
  }

  @PostMapping("/alliance/ledger/budgets/{ledgerBudgetId}/lines")
  String addLine(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String ledgerBudgetId,
      @ModelAttribute("lineForm") LineForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    LedgerViewer viewer = LedgerViewer.of(user);
    UUID id = LedgerForms.pathId(ledgerBudgetId);
    FinancialYear year = ledger.budget(id).year();
    if (!viewer.managesBudget()) {
      throw new ManagerOnly();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    BigDecimal amount = form.check(errors);
    if (errors.isEmpty()) {
      try {
        ledger.addLine(
            viewer,
            id,
            LedgerForms.strip(form.name()),
            amount,
            form.ringFencedChosen(),
            form.isfChosen());
        redirect.addFlashAttribute(
            "success", "The line " + LedgerForms.strip(form.name()) + " is added");
        return "redirect:/alliance/ledger?year=" + year.startYear();
      } catch (LedgerProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return overview(viewer, String.valueOf(year.startYear()), errors, model);
  }

  // ---- A line ----------------------------------------------------------------------------

  @GetMapping("/alliance/ledger/lines/{budgetLineId}")
  String line(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String budgetLineId, Model model) {
    return line(LedgerViewer.of(user), LedgerForms.pathId(budgetLineId), Map.of(), model);
  }

  private String line(LedgerViewer viewer, UUID lineId, Map<String, String> errors, Model model) {
    BudgetLine line = ledger.line(lineId);
    CompositeReport report = reports.report(viewer, line.year());
    Figures lineFigures =
        report.lines().stream()
            .filter(r -> r.lineId().equals(lineId))
            .map(CompositeReport.LineRow::figures)
            .findFirst()
            .orElse(null);
    List<CompositeReport.MemberLine> byMember = new java.util.ArrayList<>();
    List<String> memberNames = new java.util.ArrayList<>();
    for (CompositeReport.MemberBlock block : report.members()) {
      for (CompositeReport.MemberLine l : block.lines()) {
        if (l.lineId().equals(lineId)) {
          byMember.add(l);
          memberNames.add(block.name());
        }
      }
    }
    model.addAttribute("viewer", viewer);
    model.addAttribute("line", line);
    model.addAttribute("lineFigures", lineFigures);
    model.addAttribute("byMember", byMember);
    model.addAttribute("memberNames", memberNames);
    model.addAttribute("entries", ledger.entries(viewer, lineId));
    Map<UUID, String> members = ledger.members();
    model.addAttribute("members", members);
    model.addAttribute(
        "ownMemberName", viewer.member() == null ? null : members.get(viewer.member()));
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("entryForm")) {
      LocalDate today = today();
      LocalDate on = line.year().contains(today) ? today : line.year().last();
      model.addAttribute("entryForm", EntryForm.blank(on, viewer.member()));
    }
    if (!model.containsAttribute("budgetForm")) {
      model.addAttribute("budgetForm", new LineBudgetForm(LedgerMoney.plain(line.budget()), null));
    }
    // The form always carries the version of the line as shown now.
    model.addAttribute("lineVersion", line.version());
    return "commissioning/ledger/line";
  }

  @PostMapping("/alliance/ledger/lines/{budgetLineId}/entries")
  String addEntry(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String budgetLineId,
      @ModelAttribute("entryForm") EntryForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    LedgerViewer viewer = LedgerViewer.of(user);
    UUID lineId = LedgerForms.pathId(budgetLineId);
    ledger.line(lineId); // 404 before anything else
    String kind = form.chosenKind();
    if (LedgerEntry.ALLOCATION.equals(kind) ? !viewer.managesBudget() : !viewer.recordsSpend()) {
      throw new ManagerOnly();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Ledger.NewEntry entry = form.check(errors);
    if (entry != null) {
      try {
        UUID id =
            LedgerEntry.ALLOCATION.equals(kind)
                ? ledger.allocate(viewer, lineId, entry)
                : ledger.recordSpend(viewer, lineId, entry);
        LedgerEntry made = ledger.entry(viewer, id);
        redirect.addFlashAttribute(
            "success",
            (LedgerEntry.ALLOCATION.equals(kind) ? "Allocation " : "Spend ")
                + made.reference()
                + " of "
                + made.amountText()
                + " is in the ledger");
        return "redirect:/alliance/ledger/lines/" + lineId + "#entries";
      } catch (LedgerProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return line(viewer, lineId, errors, model);
  }

  @PostMapping("/alliance/ledger/lines/{budgetLineId}/budget")
  String changeBudget(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String budgetLineId,
      @ModelAttribute("budgetForm") LineBudgetForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    LedgerViewer viewer = LedgerViewer.of(user);
    UUID lineId = LedgerForms.pathId(budgetLineId);
    BudgetLine line = ledger.line(lineId);
    if (!viewer.managesBudget()) {
      throw new ManagerOnly();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    BigDecimal amount = form.check(errors);
    if (errors.isEmpty()) {
      try {
        ledger.changeBudget(viewer, lineId, amount, form.version());
        redirect.addFlashAttribute(
            "success", "The budget of " + line.name() + " is now " + LedgerMoney.format(amount));
        return "redirect:/alliance/ledger/lines/" + lineId;
      } catch (LedgerProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return line(viewer, lineId, errors, model);
  }

  // ---- An entry --------------------------------------------------------------------------

  @GetMapping("/alliance/ledger/entries/{ledgerEntryId}")
  String entry(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String ledgerEntryId, Model model) {
    return entry(LedgerViewer.of(user), LedgerForms.pathId(ledgerEntryId), Map.of(), model);
  }

  private String entry(LedgerViewer viewer, UUID entryId, Map<String, String> errors, Model model) {
    LedgerEntry entry = ledger.entry(viewer, entryId);
    model.addAttribute("viewer", viewer);
    model.addAttribute("entry", entry);
    model.addAttribute("corrections", ledger.corrections(viewer, entryId));
    model.addAttribute(
        "mayCorrect", !entry.correction() && viewer.corrects(entry.kind(), entry.memberId()));
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("correctionForm")) {
      model.addAttribute("correctionForm", CorrectionForm.blank());
    }
    return "commissioning/ledger/entry";
  }

  @PostMapping("/alliance/ledger/entries/{ledgerEntryId}/corrections")
  String correct(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String ledgerEntryId,
      @ModelAttribute("correctionForm") CorrectionForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    LedgerViewer viewer = LedgerViewer.of(user);
    UUID entryId = LedgerForms.pathId(ledgerEntryId);
    LedgerEntry entry = ledger.entry(viewer, entryId); // 404 for another member's entry
    if (entry.correction() || !viewer.corrects(entry.kind(), entry.memberId())) {
      throw new ManagerOnly();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    BigDecimal amount = form.check(errors);
    if (errors.isEmpty()) {
      try {
        UUID id =
            ledger.correct(viewer, entryId, amount, today(), LedgerForms.strip(form.reason()));
        LedgerEntry made = ledger.entry(viewer, id);
        redirect.addFlashAttribute(
            "success",
            "Correction "
                + made.reference()
                + " of "
                + made.amountText()
                + " to "
                + entry.reference()
                + " is in the ledger");
        return "redirect:/alliance/ledger/entries/" + entryId;
      } catch (LedgerProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return entry(viewer, entryId, errors, model);
  }
}
