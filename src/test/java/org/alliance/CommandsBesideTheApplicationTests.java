package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a newcomer does: {@code ./alliance run} in one terminal, then a command in another on the
 * same data folder. The command uses the running application's embedded PostgreSQL instead of
 * failing on its lock; a second {@code run} says in one line why it cannot start. Commands go
 * through the same entry point as the jar's main method, and nothing they print (their own output
 * or the log) holds a stack trace.
 */
class CommandsBesideTheApplicationTests {

  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private PrintStream systemOut;
  private PrintStream systemErr;

  @BeforeEach
  void useAThrowAwayDataFolderAndWatchTheConsole() {
    System.setProperty("ALLIANCE_DATA_DIR", temp.resolve("data").toString());
    System.setProperty("logging.level.root", "WARN");
    systemOut = System.out;
    systemErr = System.err;
  }

  @AfterEach
  void putThemBack() {
    System.setOut(systemOut);
    System.setErr(systemErr);
    System.clearProperty("ALLIANCE_DATA_DIR");
    System.clearProperty("logging.level.root");
    System.clearProperty("PORT");
    System.clearProperty("DATABASE_URL");
  }

  @Test
  void commandsUseTheRunningApplicationsDatabase() throws Exception {
    try (ConfigurableApplicationContext app =
        SpringApplication.run(AllianceApplication.class, "--server.port=0")) {
      watchTheConsole();
      assertThat(
              app.getBean(JdbcClient.class).sql("select current_user").query(String.class).single())
          .as("the application works as its own role, not the owner")
          .isEqualTo("alliance_app");
      assertThat(Files.getPosixFilePermissions(temp.resolve("data/app-role-password")))
          .as("the role's password is readable by its owner only")
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

      assertThat(run("import-directory", example("service_full.json"))).as(everything()).isZero();
      assertThat(out.toString()).contains("Imported: ", "1 created");
      assertThat(
              app.getBean(JdbcClient.class)
                  .sql("select count(*) from directory.service where id = :id")
                  .param("id", "ac148810-d857-441c-9679-408f346de14b")
                  .query(Integer.class)
                  .single())
          .as("the running application sees what the command imported")
          .isEqualTo(1);

      assertThat(run("export-directory", temp.resolve("export").toString()))
          .as(everything())
          .isZero();
      assertThat(temp.resolve("export/hsds.json")).exists();

      // A subject-access copy of a person, and a person who is not there: one line.
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      String person =
          jdbc.sql(
                  """
                  insert into support.person (given_name, family_name, registered_by_member,
                                              registered_by)
                  select 'Zqcommand', 'Zqcopy', organisation_id, id from identity.app_user
                   where username = 'practitioner'
                  returning cast(id as text)
                  """)
              .query(String.class)
              .single();
      assertThat(run("export-person", person, "--to", temp.resolve("copies").toString()))
          .as(everything())
          .isZero();
      assertThat(temp.resolve("copies/subject-access-" + person + ".json"))
          .content()
          .contains("Zqcopy");
      assertThat(temp.resolve("copies/subject-access-" + person + ".pdf")).isNotEmptyFile();
      assertThat(
              jdbc.sql(
                      "select count(*) from audit.audit_event"
                          + " where action = 'person.subject-access-export'"
                          + " and subject_id = :id and actor_username = 'system'")
                  .param("id", person)
                  .query(Integer.class)
                  .single())
          .isOne();
      err.getBuffer().setLength(0);
      String nobody = "0b0c5d4e-8f6a-4b1c-9d3e-7a5f6b8c9d0e";
      assertThat(run("export-person", nobody, "--to", temp.resolve("copies").toString()))
          .isEqualTo(1);
      assertThat(err.toString().strip())
          .isEqualTo("No person with the id " + nobody)
          .doesNotContain("\n");
      assertThat(run("retention-review")).as(everything()).isZero();
      assertThat(out.toString()).contains("Retention review: ");

      Path postcodes =
          Files.writeString(
              temp.resolve("onspd.csv"), "pcds,doterm,lat,long\nZX8 1AB,,52.5,-1.5\n");
      assertThat(run("import-postcodes", postcodes.toString())).as(everything()).isZero();
      assertThat(everything()).doesNotContain("\tat ", "Exception", "epg-lock");

      // A second `run` on the same folder: one line, naming what to do.
      err.getBuffer().setLength(0);
      assertThat(run("run")).isEqualTo(1);
      assertThat(err.toString().strip())
          .contains("in use by another Alliance", "stop it first")
          .doesNotContain("\n");

      // `run` on a port that is taken (the database is the running one's, as an external server).
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      System.setProperty("PORT", Integer.toString(port));
      System.setProperty(
          "DATABASE_URL",
          app.getBean(org.alliance.database.SchemaOwner.class)
                  .dataSource()
                  .getConnection()
                  .getMetaData()
                  .getURL()
              + "?user=postgres");
      err.getBuffer().setLength(0);
      assertThat(run("run")).isEqualTo(1);
      assertThat(err.toString().strip())
          .contains("Port " + port + " is already in use")
          .doesNotContain("\n");
      assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
    }
  }

  private void watchTheConsole() {
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  private String everything() {
    return out + "\n" + err + "\n" + console.toString(StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return AllianceCommand.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  private static String example(String name) throws URISyntaxException {
    return Path.of(
            CommandsBesideTheApplicationTests.class
                .getClassLoader()
                .getResource("standards/hsds-3.0/examples/" + name)
                .toURI())
        .toString();
  }
}
