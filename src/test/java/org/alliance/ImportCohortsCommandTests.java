package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.database.SchemaOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * {@code alliance import-cohorts}, pointed at the test application's throw-away database: a bad
 * file is refused with its lines and exit code 1, a good one imported, and the same file again
 * changes nothing.
 */
@AllianceTest
class ImportCohortsCommandTests {

  @Autowired DataSource dataSource;
  @Autowired SchemaOwner schemaOwner;
  @Autowired JdbcClient jdbc;

  @TempDir Path folder;

  private String[] springArguments;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void pointAtTheTestDatabase() throws Exception {
    springArguments = TestDatabaseArguments.of(dataSource, schemaOwner);
  }

  @Test
  void refusesABadFileThenImportsAGoodOneOnce() throws Exception {
    String name = "Command cohort " + UUID.randomUUID().toString().substring(0, 8);
    String header =
        "cohort,description,people,before_from,before_to,after_from,after_to,source,measure,before,after\n";
    String row = name + ",,25,2030-01-01,2030-12-31,2031-01-01,2031-12-31,Ambulance service,";
    Path bad = folder.resolve("bad.csv");
    Files.writeString(bad, header + row + "ambulance-call-outs,30,x\n");
    assertThat(run("import-cohorts", bad.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "Refused: 1 problem in bad.csv; nothing was imported",
            "bad.csv line 2, after: Ambulance call-outs after must be a whole number, like 12");

    Path good = folder.resolve("good.csv");
    Files.writeString(good, header + row + "ambulance-call-outs,30,18\n");
    assertThat(run("import-cohorts", good.toString())).isZero();
    assertThat(out.toString()).contains("Imported good.csv: 1 added, 0 changed, 0 unchanged");
    assertThat(run("import-cohorts", good.toString())).isZero();
    assertThat(out.toString()).contains("Imported good.csv: 0 added, 0 changed, 1 unchanged");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit.audit_event
                     where action = 'cohort.created' and actor_username = 'system'
                       and detail like 'import; the import-cohorts command, run by %'
                       and subject_id = (select id::text from outcomes.cohort where name = ?)
                    """)
                .param(name)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aMissingFileExitsOneWithoutStartingAnything() {
    assertThat(run("import-cohorts", folder.resolve("missing.csv").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("Cannot read");
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine command =
        AllianceCommand.commandLine(
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                return type == ImportCohortsCommand.class
                    ? type.cast(new ImportCohortsCommand(springArguments))
                    : CommandLine.defaultFactory().create(type);
              }
            });
    return command
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
