package org.alliance.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Administrators search the audit log and download what they find. */
@Controller
class AuditSearchController {

  private final AuditEvents events;
  private final AuditSearches searches;

  AuditSearchController(AuditEvents events, AuditSearches searches) {
    this.events = events;
    this.searches = searches;
  }

  @GetMapping("/admin/audit")
  String search(@ModelAttribute("query") AuditQuery query, BindingResult errors, Model model) {
    query.validate(errors);
    if (errors.hasErrors()) {
      return "audit/search";
    }
    AuditFilter filter = query.filter();
    searches.record(filter, "Viewed");
    model.addAttribute("results", events.page(filter));
    return "audit/search";
  }

  /** Writes the CSV itself (returns null) so rows stream out instead of being held in memory. */
  @GetMapping("/admin/audit.csv")
  String download(
      @ModelAttribute("query") AuditQuery query, BindingResult errors, HttpServletResponse response)
      throws IOException {
    query.validate(errors);
    if (errors.hasErrors()) {
      return "audit/search";
    }
    AuditFilter filter = query.filter();
    searches.record(filter, "Downloaded");
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("audit-log.csv").build().toString());
    try (Stream<AuditEvent> rows = events.download(filter)) {
      AuditCsv.write(rows, response.getWriter());
    }
    return null;
  }
}
