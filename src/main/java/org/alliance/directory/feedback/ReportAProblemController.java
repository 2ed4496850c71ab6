package org.alliance.directory.feedback;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** "Report a problem with this page", on every service: reaches the editors who look after it. */
@Controller
class ReportAProblemController {

  private final ProblemReports reports;

  ReportAProblemController(ProblemReports reports) {
    this.reports = reports;
  }

  @GetMapping("/find-support/services/{serviceId}/report-a-problem")
  String form(@PathVariable String serviceId, Model model) {
    model.addAttribute("serviceName", name(serviceId));
    model.addAttribute("serviceId", serviceId);
    model.addAttribute("form", new ProblemReportForm("", ""));
    return "directory/report-a-problem";
  }

  @PostMapping("/find-support/services/{serviceId}/report-a-problem")
  String file(
      @PathVariable String serviceId,
      @ModelAttribute("form") ProblemReportForm form,
      BindingResult errors,
      Model model) {
    String name = name(serviceId);
    form.validate(errors);
    model.addAttribute("serviceName", name);
    model.addAttribute("serviceId", serviceId);
    if (errors.hasErrors()) {
      return "directory/report-a-problem";
    }
    reports.file(serviceId, form.whatIsWrong(), form.email());
    return "directory/report-a-problem-sent";
  }

  private String name(String serviceId) {
    return reports
        .serviceName(serviceId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
