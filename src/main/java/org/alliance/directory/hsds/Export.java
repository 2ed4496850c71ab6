package org.alliance.directory.hsds;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alliance.directory.hsds.TreeReader.Shape;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SequenceWriter;

/**
 * Writes the directory in both HSDS forms. The JSON form is documents: {@code hsds.json} holds
 * every service in full (organization, locations, taxonomy terms and all), and the companions hold
 * what no service reaches: organizations without services, locations with neither organization nor
 * service, and every taxonomy and taxonomy term. The {@code csv/} folder is the tabular data
 * package, every row of every table: the standard's files and columns, Alliance's columns at the
 * end of theirs, and HSDS 3.1's capacity tables as two more files, all described by the
 * datapackage.json written with them ({@link TableSchemas#datapackage()}), so either form alone
 * brings the whole directory back. Runs in one repeatable-read transaction (the caller's), so both
 * forms show the same moment.
 */
@Component
class Export {

  /** The JSON files of an export, with the object type each holds and which ids go in it. */
  static final Map<String, String> JSON_FILES =
      Map.of(
          "hsds.json", "service",
          "organizations.json", "organization",
          "locations.json", "location",
          "taxonomies.json", "taxonomy",
          "taxonomy_terms.json", "taxonomy_term");

  private static final Map<String, String> SELECTIONS =
      Map.of(
          "hsds.json", "select id from directory.service order by id",
          "organizations.json",
              """
          select id from directory.organization o
           where not exists (select 1 from directory.service s where s.organization_id = o.id) order by id""",
          "locations.json",
              """
          select id from directory.location l
           where l.organization_id is null
             and not exists (select 1 from directory.service_at_location sal where sal.location_id = l.id) order by id""",
          "taxonomies.json", "select id from directory.taxonomy order by id",
          "taxonomy_terms.json", "select id from directory.taxonomy_term order by id");

  /** Documents are assembled a page at a time, so a large directory is never all in memory. */
  private static final int PAGE = 200;

  private final HsdsModel model;
  private final RowStore rows;
  private final TreeReader reader;

  Export(HsdsModel model, RowStore rows, TreeReader reader) {
    this.model = model;
    this.rows = rows;
    this.reader = reader;
  }

  void write(Path folder) throws IOException {
    Files.createDirectories(folder.resolve("csv"));
    for (String file :
        List.of(
            "hsds.json",
            "organizations.json",
            "locations.json",
            "taxonomies.json",
            "taxonomy_terms.json")) {
      writeDocuments(folder.resolve(file), JSON_FILES.get(file), rows.ids(SELECTIONS.get(file)));
    }
    JsonDocuments.MAPPER
        .writerWithDefaultPrettyPrinter()
        .writeValue(folder.resolve("csv/datapackage.json").toFile(), TableSchemas.datapackage());
    for (Table table : model.tables()) {
      writeCsv(folder.resolve("csv").resolve(table.csvFile()), table);
    }
  }

  private void writeDocuments(Path file, String type, List<String> ids) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        SequenceWriter array =
            JsonDocuments.MAPPER.writerWithDefaultPrettyPrinter().writeValuesAsArray(out)) {
      for (int from = 0; from < ids.size(); from += PAGE) {
        List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
        for (var document : reader.read(type, page, Shape.FULL, true, Viewer.operator())) {
          array.write(document);
        }
      }
    }
  }

  private void writeCsv(Path file, Table table) throws IOException {
    List<Column> columns = table.columns();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(columns.stream().map(Column::name).toArray(String[]::new))
            .get();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format)) {
      for (Row row : rows.all(table)) {
        csv.printRecord(
            columns.stream()
                .map(
                    c -> {
                      Object value = row.get(c.name());
                      return value == null ? null : c.type().toText(value);
                    })
                .toList());
      }
    }
  }
}
