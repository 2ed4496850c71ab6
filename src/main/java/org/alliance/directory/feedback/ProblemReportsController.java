package org.alliance.directory.feedback;

import java.util.UUID;
import org.alliance.directory.hsds.EditorScope;
import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Directory editors see the problems reported on the services they look after, and close them. */
@Controller
class ProblemReportsController {

  private final ProblemReports reports;

  ProblemReportsController(ProblemReports reports) {
    this.reports = reports;
  }

  @GetMapping("/directory/problem-reports")
  String list(@AuthenticationPrincipal AllianceUser editor, Model model) {
    model.addAttribute("reports", reports.openFor(EditorScope.of(editor)));
    return "directory/problem-reports";
  }

  @PostMapping("/directory/problem-reports/{reportId}/resolve")
  String resolve(
      @AuthenticationPrincipal AllianceUser editor,
      @PathVariable UUID reportId,
      @RequestParam(defaultValue = "") String resolution,
      RedirectAttributes redirect) {
    String note = resolution.isBlank() ? "Checked and corrected" : resolution;
    if (reports.resolve(reportId, note, editor.userId(), EditorScope.of(editor))) {
      redirect.addFlashAttribute("success", "Report closed");
    }
    return "redirect:/directory/problem-reports";
  }
}
