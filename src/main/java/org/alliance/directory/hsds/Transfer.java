package org.alliance.directory.hsds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.ImportReport;
import org.alliance.directory.editing.EditorScope;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory's import and export. An import is read and checked completely before anything is
 * written, and is written in one transaction: with any problem, the report lists them all and the
 * directory is as it was.
 */
@Component
class Transfer implements DirectoryTransfer, ScopedImport {

  private final HsdsModel model;
  private final JsonImport json;
  private final CsvPackageReader csv;
  private final ReferenceCheck references;
  private final TreeWriter writer;
  private final Export export;
  private final ScopeCheck scopeCheck;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final TransactionTemplate snapshot;

  Transfer(
      HsdsModel model,
      JsonImport json,
      CsvPackageReader csv,
      ReferenceCheck references,
      TreeWriter writer,
      Export export,
      ScopeCheck scopeCheck,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.model = model;
    this.json = json;
    this.csv = csv;
    this.references = references;
    this.writer = writer;
    this.export = export;
    this.scopeCheck = scopeCheck;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setReadOnly(true);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
  }

  @Override
  public ImportReport importFrom(Path path) {
    return importFrom(path, null);
  }

  /**
   * With a scope, as {@link ScopedImport} says; without one, the operator's unrestricted import.
   */
  @Override
  public ImportReport importFrom(Path path, EditorScope scope) {
    ChangeSet changes = new ChangeSet();
    String source = read(path, changes);
    try {
      return transaction.execute(
          status -> {
            if (scope != null) {
              scopeCheck.link(changes, scope);
            }
            references.check(changes);
            if (!changes.problems().isEmpty()) {
              status.setRollbackOnly();
              return ImportReport.refused(changes.problems());
            }
            Outcomes outcomes = writer.write(changes);
            if (scope != null && !scope.everything()) {
              List<ImportProblem> outside =
                  scopeCheck.outside(outcomes.changes(), changes, source, scope);
              if (!outside.isEmpty()) {
                status.setRollbackOnly();
                return ImportReport.refused(outside);
              }
            }
            ImportReport report = new ImportReport(outcomes.counts(model.tables()), List.of());
            audit.recordSystem(
                AuditEntry.of("directory.imported", "directory", source)
                    .withDetail(report.lines().get(report.lines().size() - 1)));
            return report;
          });
    } catch (DataAccessException e) {
      // Checked beforehand, so only a race (a row deleted meanwhile) should land here.
      return ImportReport.refused(
          List.of(
              new ImportProblem(
                  source,
                  "",
                  "the database refused the import: " + e.getMostSpecificCause().getMessage())));
    }
  }

  /** Reads whatever the path holds into the change set; returns a name for it. */
  private String read(Path path, ChangeSet changes) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("datapackage.json"))) {
      csv.read(path, changes);
    } else if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("hsds.json"))) {
      for (String file : Export.JSON_FILES.keySet().stream().sorted().toList()) {
        if (Files.isRegularFile(path.resolve(file))) {
          json.read(path.resolve(file), changes);
        }
      }
    } else if (name.equals("datapackage.json") && Files.isRegularFile(path)) {
      csv.read(path.toAbsolutePath().getParent(), changes);
    } else if (Files.isRegularFile(path) && !name.toLowerCase().endsWith(".csv")) {
      json.read(path, changes);
    } else {
      changes.problem(
          new ImportProblem(
              name,
              "",
              Files.exists(path)
                  ? "is neither an HSDS JSON file nor a folder holding datapackage.json or hsds.json"
                      + " (for CSV, give the folder with datapackage.json)"
                  : "does not exist"));
    }
    return name;
  }

  @Override
  public void exportTo(Path folder) throws IOException {
    try {
      snapshot.executeWithoutResult(
          status -> {
            try {
              export.write(folder);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
