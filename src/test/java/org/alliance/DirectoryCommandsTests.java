package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code import-directory} and {@code export-directory} as a person runs them: each starts the
 * application without a web server on the configured database (here an embedded one in a throw-away
 * data folder), prints its report and sets the exit code.
 */
class DirectoryCommandsTests {

  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void useAThrowAwayDataFolder() {
    System.setProperty("ALLIANCE_DATA_DIR", temp.resolve("data").toString());
    System.setProperty("logging.level.root", "WARN");
  }

  @AfterEach
  void forgetIt() {
    System.clearProperty("ALLIANCE_DATA_DIR");
    System.clearProperty("logging.level.root");
  }

  @Test
  void importsReportsRefusesAndExports() throws Exception {
    assertThat(run("import-directory", example("service_full.json"))).isZero();
    assertThat(out.toString()).contains("Imported: ", "service", "1 created");

    Path bad =
        Files.writeString(
            temp.resolve("services.json"), "[{\"id\": \"x\", \"status\": \"active\"}]");
    assertThat(run("import-directory", bad.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "services.json record 1 (id x) /name: required property 'name' not found",
            "Refused: ",
            "nothing was imported");

    assertThat(run("export-directory", temp.resolve("export").toString())).isZero();
    assertThat(Files.readString(temp.resolve("export/hsds.json")))
        .contains("ac148810-d857-441c-9679-408f346de14b");
    assertThat(temp.resolve("export/csv/datapackage.json")).exists();
    assertThat(Files.readString(temp.resolve("export/csv/services.csv")))
        .contains("Community Counselling");
  }

  /**
   * The promise, in the CSV form: a refuge's hidden address, a capacity and the
   * looking-after organisation survive export, import into an empty Alliance (a second throw-away
   * data folder) and export again; the two packages differ only in when each directory last changed
   * its services.
   */
  @Test
  void aCsvExportImportedIntoAnEmptyAllianceExportsTheSame() throws Exception {
    String organization = UUID.randomUUID().toString();
    String lookingAfter = UUID.randomUUID().toString();
    String capacity = UUID.randomUUID().toString();
    String refuge = UUID.randomUUID().toString();
    Path shelter =
        Files.writeString(
            temp.resolve("organizations.json"),
            """
        [{"id": "%s", "name": "Shelter Trust", "description": "Night shelters", "alliance_organisation_id": "%s",
          "services": [{"id": "%s", "name": "Night shelter", "status": "active",
            "capacities": [{"id": "%s", "available": 3, "maximum": 12, "updated": "2025-01-31T09:30:00Z",
                            "unit": {"id": "%s", "name": "bed"}}],
            "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
              "name": "Refuge", "address_hidden": true,
              "addresses": [{"id": "%s", "address_1": "1 Hidden Lane", "city": "Brackenford",
                             "state_province": "Brackenshire", "postal_code": "BR1 1AA", "country": "GB",
                             "address_type": "physical"}]}}]}]}]
        """
                .formatted(
                    organization,
                    lookingAfter,
                    UUID.randomUUID(),
                    capacity,
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    refuge,
                    UUID.randomUUID()));
    assertThat(run("import-directory", shelter.toString())).as(err.toString()).isZero();
    assertThat(run("export-directory", temp.resolve("export").toString())).isZero();

    System.setProperty("ALLIANCE_DATA_DIR", temp.resolve("empty").toString());
    assertThat(run("import-directory", temp.resolve("export/csv").toString()))
        .as(err.toString())
        .isZero();
    assertThat(run("export-directory", temp.resolve("again").toString())).isZero();

    Path first = temp.resolve("export/csv");
    Path second = temp.resolve("again/csv");
    try (var files = Files.list(first)) {
      for (Path file : files.toList()) {
        assertThat(withoutLastModified(second.resolve(file.getFileName())))
            .as(file.getFileName().toString())
            .isEqualTo(withoutLastModified(file));
      }
    }
    assertThat(Files.readString(second.resolve("locations.csv")))
        .containsPattern(refuge + ",.*,true\\r?\\n");
    assertThat(Files.readString(second.resolve("organizations.csv")))
        .containsPattern(organization + ",.*," + lookingAfter);
    assertThat(Files.readString(second.resolve("service_capacity.csv"))).contains(capacity);
  }

  /** A file's text, with the column the directory sets itself emptied. */
  private static String withoutLastModified(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file);
    int column = List.of(lines.get(0).split(",")).indexOf("last_modified");
    if (column < 0) {
      return String.join("\n", lines);
    }
    StringBuilder out = new StringBuilder();
    try (CSVParser csv = CSVFormat.RFC4180.parse(Files.newBufferedReader(file))) {
      for (CSVRecord record : csv) {
        List<String> cells = new ArrayList<>(record.toList());
        cells.set(column, "");
        out.append(cells).append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void helpDescribesBothCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("import-directory", "export-directory");
  }

  private int run(String... args) {
    return new CommandLine(new AllianceCommand())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private static String example(String name) throws URISyntaxException {
    return Path.of(
            DirectoryCommandsTests.class
                .getClassLoader()
                .getResource("standards/hsds-3.0/examples/" + name)
                .toURI())
        .toString();
  }
}
