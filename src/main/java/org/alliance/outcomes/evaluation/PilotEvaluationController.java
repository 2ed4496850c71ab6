package org.alliance.outcomes.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /outcomes/evaluation}: the pilot evaluation report for a period, as a printable page and
 * as a PDF, both from one {@link EvaluationReport}.
 */
@Controller
class PilotEvaluationController {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final PilotEvaluations evaluations;

  PilotEvaluationController(PilotEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @GetMapping("/outcomes/evaluation")
  String page(
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      Model model) {
    ReportRange.Parsed parsed = ReportRange.parse(from, to, LocalDate.now(UK));
    model.addAttribute("asked", parsed);
    if (parsed.ok()) {
      model.addAttribute("report", evaluations.report(parsed.range()));
    }
    return "outcomes/evaluation";
  }

  @GetMapping("/outcomes/evaluation.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to) {
    ReportRange.Parsed parsed = ReportRange.parse(from, to, LocalDate.now(UK));
    if (!parsed.ok()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, parsed.problems().values().iterator().next());
    }
    EvaluationReport report = evaluations.report(parsed.range());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("pilot-evaluation-" + parsed.range().slug() + ".pdf")
                .build()
                .toString())
        .body(EvaluationPdf.write(report));
  }
}
