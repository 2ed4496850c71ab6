package org.alliance.support.measure;

import java.io.IOException;
import java.io.InputStream;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.Excerpt;
import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /admin/measures}: every measure and its versions, and uploading a definition file through
 * the same importer as {@code ./alliance import-measure} (administrators only, as all of {@code
 * /admin}).
 */
@Controller
class MeasureAdminController {

  private final MeasureLibrary library;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  MeasureAdminController(MeasureLibrary library, AuditLog audit, TransactionTemplate transaction) {
    this.library = library;
    this.audit = audit;
    this.transaction = transaction;
  }

  @GetMapping("/admin/measures")
  String list(Model model) {
    model.addAttribute("measures", library.all());
    return "support/admin-measures";
  }

  @PostMapping("/admin/measures")
  String upload(
      @AuthenticationPrincipal AllianceUser admin,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("error", "Select a measure definition file (JSON)");
      return list(model);
    }
    String name =
        Excerpt.of(file.getOriginalFilename() == null ? "the file" : file.getOriginalFilename());
    ImportOutcome outcome;
    if (file.getSize() > MeasureFile.MAX_BYTES) {
      outcome =
          ImportOutcome.refused(
              java.util.List.of(
                  new MeasureProblem(
                      "",
                      "the file is larger than 1 MB; a measure definition is a few kilobytes")));
    } else {
      byte[] bytes;
      try (InputStream in = file.getInputStream()) {
        bytes = in.readNBytes(MeasureFile.MAX_BYTES + 1);
      }
      outcome =
          library.importFile(
              name, bytes, new MeasureLibrary.Importer(admin.userId(), admin.displayName()));
    }
    if (outcome.refused()) {
      transaction.executeWithoutResult(
          status ->
              audit.record(
                  AuditEntry.of("measure.import-refused", "measure", name)
                      .withDetail(outcome.problems().size() + " problems")));
    }
    model.addAttribute("outcome", outcome);
    model.addAttribute("lines", outcome.lines(name));
    model.addAttribute("filename", name);
    return list(model);
  }
}
