package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code import-directory} and {@code export-directory} as a person runs them: each starts the
 * application without a web server on the configured database (here an embedded one in a
 * throw-away data folder), prints its report and sets the exit code.
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

    Path bad = Files.writeString(temp.resolve("services.json"), "[{\"id\": \"x\", \"status\": \"active\"}]");
    assertThat(run("import-directory", bad.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("services.json record 1 (id x) /name: required property 'name' not found",
        "Refused: ", "nothing was imported");

    assertThat(run("export-directory", temp.resolve("export").toString())).isZero();
    assertThat(Files.readString(temp.resolve("export/hsds.json"))).contains("ac148810-d857-441c-9679-408f346de14b");
    assertThat(temp.resolve("export/csv/datapackage.json")).exists();
    assertThat(Files.readString(temp.resolve("export/csv/services.csv"))).contains("Community Counselling");
  }

  @Test
  void helpDescribesBothCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("import-directory", "export-directory");
  }

  private int run(String... args) {
    return new CommandLine(new AllianceCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  private static String example(String name) throws URISyntaxException {
    return Path.of(DirectoryCommandsTests.class.getClassLoader()
        .getResource("standards/hsds-3.0/examples/" + name).toURI()).toString();
  }
}
