package org.alliance.commissioning.ledger;

import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /alliance/ledger/isf-returns}: the months of Individual Service Fund returns brought into
 * the year's ledger, and the alliance manager's form to bring one in (again).
 */
@Controller
class IsfImportController {

  private final IsfImport imports;

  IsfImportController(IsfImport imports) {
    this.imports = imports;
  }

  @GetMapping("/alliance/ledger/isf-returns")
  String page(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "year", required = false) String year,
      Model model) {
    Optional<FinancialYear> asked = FinancialYear.parse(year);
    FinancialYear chosen = asked.orElse(FinancialYear.current());
    Map<String, String> errors = new LinkedHashMap<>();
    if (year != null && !year.isBlank() && asked.isEmpty()) {
      errors.put("year-links", "Enter a financial year like " + chosen.startYear());
    }
    return page(LedgerViewer.of(user), chosen, null, errors, model);
  }

  private String page(
      LedgerViewer viewer,
      FinancialYear year,
      String month,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("viewer", viewer);
    model.addAttribute("year", year);
    model.addAttribute("imports", viewer.openBook() ? imports.imports(year) : java.util.List.of());
    model.addAttribute("errors", errors);
    YearMonth last = YearMonth.now(FinancialYear.UK).minusMonths(1);
    model.addAttribute("month", month == null ? last.toString() : month);
    return "commissioning/ledger/isf-returns";
  }

  @PostMapping("/alliance/ledger/isf-returns")
  String bringIn(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "month", required = false) String month,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    LedgerViewer viewer = LedgerViewer.of(user);
    if (!viewer.managesBudget()) {
      throw new ManagerOnly();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    YearMonth chosen = LedgerForms.month(month);
    YearMonth now = YearMonth.now(FinancialYear.UK);
    if (chosen == null) {
      errors.put("month", "Enter a month like " + now.minusMonths(1) + " (year, then month)");
    } else if (chosen.isAfter(now)) {
      errors.put("month", "The month must not be in the future");
    } else {
      try {
        IsfImport.Result result = imports.importMonth(viewer, chosen);
        redirect.addFlashAttribute("success", result.summary());
        return "redirect:/alliance/ledger/isf-returns?year="
            + FinancialYear.containing(chosen.atDay(1)).startYear();
      } catch (LedgerProblem problem) {
        errors.put("month", problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    FinancialYear year =
        chosen == null ? FinancialYear.current() : FinancialYear.containing(chosen.atDay(1));
    return page(viewer, year, month == null ? "" : month, errors, model);
  }
}
