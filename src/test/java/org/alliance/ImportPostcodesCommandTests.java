package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.alliance.database.SchemaOwner;
import org.alliance.directory.Postcodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/**
 * {@code alliance import-postcodes} starts its own Spring context without a web server; here it is
 * pointed at the test application's throw-away database, so the test can see what it wrote.
 */
@AllianceTest
class ImportPostcodesCommandTests {

  @Autowired DataSource dataSource;

  @Autowired SchemaOwner schemaOwner;

  @Autowired Postcodes postcodes;

  @TempDir Path folder;

  private String[] springArguments;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void pointAtTheTestDatabase() throws Exception {
    springArguments = TestDatabaseArguments.of(dataSource, schemaOwner);
  }

  @Test
  void importsAGoodFileAndExitsZero() throws Exception {
    Path file = folder.resolve("onspd.csv");
    Files.writeString(file, "pcds,doterm,lat,long\nZX8 1AB,,52.5,-1.5\nZX8 1AD,202401,52.5,-1.5\n");
    assertThat(run("import-postcodes", file.toString())).isZero();
    assertThat(out.toString())
        .contains("Imported 1 postcode (1 new or moved); skipped 1", "The directory knows");
    assertThat(postcodes.centroid("ZX8 1AB")).isPresent();
  }

  @Test
  void refusesABadFileWithItsLineNumbersAndExitsOne() throws Exception {
    Path file = folder.resolve("bad.csv");
    Files.writeString(file, "pcds,doterm,lat,long\nZX9 1AB,,52.5,-1.5\nZX9 1AD,,52.5,oops\n");
    assertThat(run("import-postcodes", file.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("Nothing imported: 1 bad row", "bad.csv line 3");
    assertThat(postcodes.centroid("ZX9 1AB")).isEmpty();
  }

  @Test
  void aMissingFileExitsOneWithoutStartingAnything() {
    assertThat(run("import-postcodes", folder.resolve("missing.csv").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("Cannot read");
  }

  @Test
  void theCommandIsListed() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("import-postcodes");
  }

  private int run(String... args) {
    CommandLine command =
        AllianceCommand.commandLine(
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                return type == ImportPostcodesCommand.class
                    ? type.cast(new ImportPostcodesCommand(springArguments))
                    : CommandLine.defaultFactory().create(type);
              }
            });
    return command
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
