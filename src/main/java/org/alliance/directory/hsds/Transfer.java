package org.alliance.directory.hsds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.Excerpt;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.ImportReport;
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
    ChangeSet changes = new ChangeSet();
    String source = read(path, changes);
    return importChecked(changes, source, null);
  }

  @Override
  public ImportReport importFrom(Path path, String name, EditorScope scope) {
    ChangeSet changes = new ChangeSet();
    read(path, changes);
    ImportReport report = importChecked(changes, name, scope);
    if (!report.imported()) {
      // The import's transaction was rolled back; the refusal is recorded on its own.
      transaction.executeWithoutResult(
          status ->
              audit.record(
                  AuditEntry.of("directory.import-refused", "directory", name)
                      .withDetail(refusal(report))));
    }
    return report;
  }

  /**
   * With a scope, as {@link ScopedImport} says; without one, the operator's unrestricted import.
   */
  private ImportReport importChecked(ChangeSet changes, String source, EditorScope scope) {
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
            String total = report.lines().get(report.lines().size() - 1);
            if (scope == null) {
              audit.recordSystem(
                  AuditEntry.of("directory.imported", "directory", source).withDetail(total));
            } else {
              audit.record(
                  AuditEntry.of("directory.import-uploaded", "directory", source)
                      .withDetail(total + " " + changed(outcomes)));
            }
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

  /** How many ids of changed rows an audit entry names, per resource, before "and n more". */
  static final int IDS_AUDITED = 20;

  /** The ids the import created, updated or deleted, by resource, for the audit log. */
  private static String changed(Outcomes outcomes) {
    Map<String, List<String>> byTable = new LinkedHashMap<>();
    for (Outcomes.Change change : outcomes.changes()) {
      Map<String, Object> values = change.after() != null ? change.after() : change.before();
      byTable
          .computeIfAbsent(change.table().name(), t -> new ArrayList<>())
          .add(String.valueOf(values.get("id")));
    }
    List<String> parts = new ArrayList<>();
    byTable.forEach(
        (table, ids) -> {
          List<String> distinct = ids.stream().distinct().toList();
          parts.add(
              table
                  + " "
                  + String.join(
                      ", ", distinct.stream().limit(IDS_AUDITED).map(Excerpt::of).toList())
                  + (distinct.size() > IDS_AUDITED
                      ? " and " + (distinct.size() - IDS_AUDITED) + " more"
                      : ""));
        });
    return parts.isEmpty() ? "Nothing changed." : "Changed: " + String.join("; ", parts) + ".";
  }

  /** Why an import was refused, short: how many problems, and the first. */
  private static String refusal(ImportReport report) {
    List<ImportProblem> problems = report.problems();
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + ", first: "
        + Excerpt.cut(problems.get(0).toString(), 2 * Excerpt.VALUE);
  }

  /** Reads whatever the path holds into the change set; returns a name for it. */
  private String read(Path path, ChangeSet changes) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("datapackage.json"))) {
      csv.read(path, changes);
    } else if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("hsds.json"))) {
      try {
        PackageFolder inside = PackageFolder.of(path);
        for (String file : Export.JSON_FILES.keySet().stream().sorted().toList()) {
          Optional<Path> found = inside.file(file);
          if (found.isPresent()) {
            json.read(found.get(), changes);
          }
        }
      } catch (IOException | PackageFolder.Outside e) {
        changes.problem(new ImportProblem(name, "", "cannot be read: " + e.getMessage()));
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
