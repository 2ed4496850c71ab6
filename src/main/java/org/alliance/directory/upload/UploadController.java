package org.alliance.directory.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.ImportReport;
import org.alliance.directory.editing.EditorScope;
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
 * editor's upload may change only the entries they look after ({@link ScopedImport}).
 */
@Controller
class UploadController {

  static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;

  private final ScopedImport transfer;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  UploadController(ScopedImport transfer, AuditLog audit, TransactionTemplate transaction) {
    this.transfer = transfer;
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
    String name =
        file.getOriginalFilename() == null
            ? "upload"
            : Path.of(file.getOriginalFilename()).getFileName().toString();
    Path folder = Files.createTempDirectory("alliance-upload");
    try {
      Path target;
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        target = unzip(file.getInputStream(), folder);
      } else if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
        target = folder.resolve(name);
        file.transferTo(target);
      } else {
        model.addAttribute(
            "error", "The file must be a .json file or a .zip of CSV files with datapackage.json");
        return "directory/import";
      }
      // The import is its own all-or-nothing transaction (audited there as a system import); who
      // uploaded it is recorded straight after.
      ImportReport report = transfer.importFrom(target, EditorScope.of(uploader));
      if (report.imported()) {
        transaction.executeWithoutResult(
            status ->
                audit.record(
                    AuditEntry.of("directory.import-uploaded", "directory", name)
                        .withDetail(report.lines().get(report.lines().size() - 1))));
      }
      model.addAttribute("report", report);
      model.addAttribute("filename", name);
      return "directory/import";
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** Unzips into the folder, refusing paths that would land outside it and oversized archives. */
  private static Path unzip(InputStream in, Path folder) throws IOException {
    long written = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        Path target = folder.resolve(entry.getName()).normalize();
        if (!target.startsWith(folder)) {
          throw new IOException("Unsafe path in zip: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        written += Files.copy(zip, target);
        if (written > MAX_UNZIPPED_BYTES) {
          throw new IOException("The zip holds more than 200 MB");
        }
      }
    }
    try (Stream<Path> found = Files.walk(folder)) {
      return found
          .filter(p -> p.getFileName().toString().equals("datapackage.json"))
          .findFirst()
          .map(Path::getParent)
          .orElse(folder);
    }
  }
}
