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
