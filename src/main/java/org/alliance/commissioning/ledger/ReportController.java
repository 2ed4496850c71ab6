package org.alliance.commissioning.ledger;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.alliance.identity.AllianceUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /alliance/ledger/report}: the composite financial report by member and line, as a page
 * with its chart, as CSV and as PDF, all three from one {@link CompositeReport}.
 */
@Controller
class ReportController {

  private final Reports reports;

  ReportController(Reports reports) {
    this.reports = reports;
  }

  @GetMapping("/alliance/ledger/report")
  String page(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "year", required = false) String year,
      Model model) {
    Optional<FinancialYear> asked = FinancialYear.parse(year);
    FinancialYear chosen = asked.orElse(FinancialYear.current());
    if (year != null && !year.isBlank() && asked.isEmpty()) {
      model.addAttribute("yearProblem", "Enter a financial year like " + chosen.startYear());
    }
    LedgerViewer viewer = LedgerViewer.of(user);
    CompositeReport report = reports.report(viewer, chosen);
    model.addAttribute("viewer", viewer);
    model.addAttribute("report", report);
    model.addAttribute("year", chosen);
    model.addAttribute("chart", BudgetChart.of(report));
    return "commissioning/ledger/report";
  }

  @GetMapping("/alliance/ledger/report.csv")
  void csv(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "year", required = false) String year,
      HttpServletResponse response)
      throws IOException {
    FinancialYear chosen = year(year);
    CompositeReport report = reports.report(LedgerViewer.of(user), chosen);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("composite-report-" + chosen.startYear() + ".csv")
            .build()
            .toString());
    ReportCsv.write(report, response.getWriter());
  }

  @GetMapping("/alliance/ledger/report.pdf")
  ResponseEntity<byte[]> pdf(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "year", required = false) String year) {
    FinancialYear chosen = year(year);
    CompositeReport report = reports.report(LedgerViewer.of(user), chosen);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("composite-report-" + chosen.startYear() + ".pdf")
                .build()
                .toString())
        .body(ReportPdf.write(report, Instant.now()));
  }

  /** A download's year: none means this year; one that is not a year is a bad request. */
  private static FinancialYear year(String year) {
    if (year == null || year.isBlank()) {
      return FinancialYear.current();
    }
    return FinancialYear.parse(year)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Enter a financial year like 2025"));
  }
}
