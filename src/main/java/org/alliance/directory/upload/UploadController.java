package org.alliance.directory.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.Excerpt;
import org.alliance.directory.ImportReport;
import org.alliance.directory.hsds.EditorScope;
import org.alliance.directory.hsds.ScopedImport;
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
 * Editors upload HSDS data: a JSON file (a service, a list, a page or an organization) or a zip of
 * the tabular data package. The import is all or nothing; the page lists every problem found. An
 * editor's upload may change only the entries they look after ({@link ScopedImport}), which also
 * audits what it did or why it refused; an upload refused before it is read is audited here.
 */
@Controller
class UploadController {

  private final ScopedImport transfer;
  private final UploadLimits limits;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  UploadController(
      ScopedImport transfer, UploadLimits limits, AuditLog audit, TransactionTemplate transaction) {
    this.transfer = transfer;
    this.limits = limits;
    this.audit = audit;
    this.transaction = transaction;
  }

  @GetMapping("/directory/import")
  String form() {
    return "directory/import";
  }

  @PostMapping("/directory/import")
  String upload(
      @AuthenticationPrincipal AllianceUser uploader,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("error", "Select an HSDS JSON file or a zip of HSDS CSV files");
      return "directory/import";
    }
    String name = UploadedFile.name(file);
    Path folder = Files.createTempDirectory("alliance-upload");
    try {
      Path target;
      try {
        target = UploadedFile.receive(file, name, folder, limits);
      } catch (UploadedFile.Refused refused) {
        refusedBeforeReading(name, refused.getMessage());
        model.addAttribute("error", name + ": " + refused.getMessage());
        return "directory/import";
      }
      ImportReport report = transfer.importFrom(target, name, EditorScope.of(uploader));
      model.addAttribute("report", report);
      model.addAttribute("filename", name);
      return "directory/import";
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private void refusedBeforeReading(String name, String why) {
    transaction.executeWithoutResult(
        status ->
            audit.record(
                AuditEntry.of("directory.import-refused", "directory", name)
                    .withDetail(Excerpt.cut(why, 2 * Excerpt.VALUE))));
  }
}
