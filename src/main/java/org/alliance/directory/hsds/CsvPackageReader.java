package org.alliance.directory.hsds;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.directory.Excerpt;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.hsds.ChangeSet.Origin;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an HSDS tabular data package (a folder with {@code datapackage.json} and one CSV file per
 * table) into rows. The columns, their types and which are required are the standard's (the copy in
 * the application) with Alliance's additions, not whatever the package's own datapackage.json says;
 * the package's file only says where each table's file is. So the standard's own packages read as
 * before, and Alliance's export (with {@code address_hidden}, {@code alliance_organisation_id} and
 * HSDS 3.1's capacity files) reads back whole. Empty cells are null, except in Alliance's own
 * columns, where they leave the directory's value alone as a missing JSON field does. Rows are
 * numbered as a spreadsheet shows them: the header is row 1.
 */
@Component
class CsvPackageReader {

  static final String DESCRIPTOR = "datapackage.json";

  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private final HsdsModel model;

  CsvPackageReader(HsdsModel model) {
    this.model = model;
  }

  void read(Path folder, ChangeSet changes) {
    PackageFolder inside;
    Optional<Path> descriptor;
    try {
      inside = PackageFolder.of(folder);
      descriptor = inside.file(DESCRIPTOR);
    } catch (IOException | PackageFolder.Outside e) {
      changes.problem(new ImportProblem(DESCRIPTOR, "", "cannot be read: " + e.getMessage()));
      return;
    }
    if (descriptor.isEmpty()) {
      changes.problem(new ImportProblem(DESCRIPTOR, "", "is not in the package"));
      return;
    }
    Map<String, String> paths = new HashMap<>();
    try {
      for (JsonNode resource :
          JsonDocuments.MAPPER.readTree(descriptor.get().toFile()).path("resources")) {
        paths.put(resource.path("name").asString(""), resource.path("path").asString(""));
      }
    } catch (JacksonException e) {
      changes.problem(
          new ImportProblem(
              DESCRIPTOR, "", "is not valid JSON: " + Excerpt.of(e.getOriginalMessage())));
      return;
    }
    List<Table> read = new ArrayList<>();
    for (Table table : model.tables()) {
      String declared = paths.getOrDefault(table.name(), "");
      try {
        Optional<Path> file = inside.file(declared.isBlank() ? table.csvFile() : declared);
        if (file.isPresent() && readTable(table, file.get(), changes)) {
          read.add(table);
        }
      } catch (PackageFolder.Outside e) {
        changes.problem(
            new ImportProblem(
                DESCRIPTOR,
                "resource " + table.name(),
                "path "
                    + e.getMessage()
                    + ": each resource's path must name a CSV file in the package, such as "
                    + table.csvFile()));
      }
    }
    new CsvScopes(model).add(changes, read);
  }

  /** Reads one table's rows; false when its header is unusable. */
  private boolean readTable(Table table, Path file, ChangeSet changes) {
    String source = file.getFileName().toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(reader)) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
      if (!headerIsUsable(table, header, source, changes)) {
        return false;
      }
      Map<String, Long> seen = new HashMap<>();
      for (CSVRecord record : parser) {
        long rowNumber = record.getRecordNumber() + 1;
        if (record.size() != header.size()) {
          changes.problem(
              new ImportProblem(
                  source,
                  "row " + rowNumber,
                  "has " + record.size() + " cells but the header has " + header.size()));
          continue;
        }
        String id = record.get(header.indexOf("id")).trim();
        Origin origin =
            new Origin(
                source, "row " + rowNumber + (id.isEmpty() ? "" : " (id " + Excerpt.of(id) + ")"));
        if (id.isEmpty()) {
          changes.problem(origin.problem("id is required"));
        } else if (seen.putIfAbsent(id, rowNumber) != null) {
          changes.problem(origin.problem("the id is already used on row " + seen.get(id)));
        } else {
          readRow(table, header, record, changes.row(table, id, origin), origin, changes);
        }
      }
      return true;
    } catch (IOException | UncheckedIOException e) {
      changes.problem(
          new ImportProblem(source, "", "cannot be read as CSV: " + Excerpt.of(e.getMessage())));
      return false;
    }
  }

  private boolean headerIsUsable(
      Table table, List<String> header, String source, ChangeSet changes) {
    boolean usable = header.contains("id");
    for (String name : header) {
      if (table.column(name).isEmpty()) {
        changes.problem(
            new ImportProblem(
                source,
                "row 1",
                "unknown column '"
                    + Excerpt.of(name)
                    + "': HSDS "
                    + table.name()
                    + " has "
                    + String.join(", ", table.columns().stream().map(Column::name).toList())));
        usable = false;
      }
    }
    for (Column column : table.columns()) {
      if (column.required() && !header.contains(column.name())) {
        changes.problem(
            new ImportProblem(
                source, "row 1", "the required column '" + column.name() + "' is missing"));
        usable = false;
      }
    }
    return usable;
  }

  private void readRow(
      Table table,
      List<String> header,
      CSVRecord record,
      ChangeSet.Draft row,
      Origin origin,
      ChangeSet changes) {
    for (int i = 0; i < header.size(); i++) {
      Column column = table.require(header.get(i));
      if (column.name().equals("id") || model.managed(table.name(), column.name())) {
        continue;
      }
      String cell = record.get(i);
      if (cell.isEmpty() && column.extension()) {
        continue;
      }
      Origin at = origin.at(", column " + column.name());
      try {
        changes.set(row, column.name(), cell.isEmpty() ? null : column.type().fromText(cell), at);
      } catch (ColumnType.BadValue e) {
        changes.badValue(row, column.name(), at.problem(column.name() + " " + e.getMessage()));
      }
    }
  }
}
