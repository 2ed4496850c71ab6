package org.alliance.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.alliance.AllianceApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application as {@code ./alliance run} would: once against an "external" server
 * given by DATABASE_URL (a second embedded PostgreSQL plays it), and twice on one data folder to
 * show that the embedded database keeps its data across a restart.
 */
class StartingAgainstADatabaseTests {

  @Test
  void usesTheServerNamedByDatabaseUrlAndStartsNoEmbeddedOne(@TempDir Path dataDir)
      throws Exception {
    try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
      String url = "postgres://postgres:postgres@localhost:" + external.getPort() + "/postgres";
      try (ConfigurableApplicationContext app =
          start("--DATABASE_URL=" + url, "--alliance.data-dir=" + dataDir)) {
        DatabaseMode mode = app.getBean(DatabaseMode.class);
        assertThat(mode.external()).isTrue();
        assertThat(mode.demo()).as("no demo data in a real database unless asked").isFalse();
        assertThat(dataDir.resolve("postgres")).doesNotExist();
        assertThat(healthOf(app)).contains("\"db\":{\"status\":\"UP\"}");
      }
      try (Connection connection = external.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement();
          ResultSet migrations =
              statement.executeQuery("select count(*) from flyway_schema_history where success")) {
        migrations.next();
        assertThat(migrations.getInt(1))
            .as("migrations ran on the external server")
            .isGreaterThanOrEqualTo(4);
      }
    }
  }

  /**
   * The deployment README describes: Flyway migrates as the owner (DATABASE_OWNER_URL), the
   * application works as a role that owns nothing, and may append to the audit log but not rewrite
   * it. The demo load proves the application's role can write every module's tables.
   */
  @Test
  void migratesAsTheOwnerAndWorksAsTheApplicationsRole() throws Exception {
    try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
      try (Connection connection = external.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("create role alliance_web login password 'web-secret'");
      }
      String server = "localhost:" + external.getPort() + "/postgres";
      try (ConfigurableApplicationContext app =
          start(
              "--DATABASE_URL=postgres://alliance_web:web-secret@" + server,
              "--DATABASE_OWNER_URL=postgres://postgres:postgres@" + server,
              "--ALLIANCE_DEMO=true")) {
        var jdbc = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        assertThat(jdbc.sql("select current_user").query(String.class).single())
            .isEqualTo("alliance_web");
        // Ten demo users (a supported person and their carer among them) and the six colleagues the
        // demo people's histories name (no sign-in).
        assertThat(countUsers(external)).isEqualTo(19);
        assertThat(jdbc.sql("select count(*) from audit.audit_event").query(Integer.class).single())
            .isPositive();
        assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_event").update())
            .rootCause()
            .hasMessageContaining("permission denied");
        assertThatThrownBy(
                () -> jdbc.sql("alter table audit.audit_event disable trigger all").update())
            .rootCause()
            .hasMessageContaining("must be owner");
        assertThat(healthOf(app)).contains("\"db\":{\"status\":\"UP\"}");
      }
    }
  }

  @Test
  void loadsTheDemoIntoAnExternalServerWhenAsked() throws Exception {
    try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
      String url = "jdbc:postgresql://localhost:" + external.getPort() + "/postgres?user=postgres";
      try (ConfigurableApplicationContext app =
          start("--DATABASE_URL=" + url, "--ALLIANCE_DEMO=true")) {
        assertThat(app.getBean(DatabaseMode.class).demo()).isTrue();
        // Ten demo users (a supported person and their carer among them) and the six colleagues the
        // demo people's histories name (no sign-in).
        assertThat(countUsers(external)).isEqualTo(19);
      }
    }
  }

  @Test
  void embeddedDataSurvivesARestart(@TempDir Path dataDir) throws Exception {
    try (ConfigurableApplicationContext app = start("--alliance.data-dir=" + dataDir)) {
      app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
          .sql(
              "update organisation.organisation set website = 'https://kept.example' where name = 'Harbour Housing'")
          .update();
    }
    try (ConfigurableApplicationContext app = start("--alliance.data-dir=" + dataDir)) {
      assertThat(
              app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                  .sql(
                      "select website from organisation.organisation where name = 'Harbour Housing'")
                  .query(String.class)
                  .single())
          .isEqualTo("https://kept.example");
      assertThat(
              app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                  .sql("select count(*) from identity.app_user")
                  .query(Integer.class)
                  .single())
          .as("the demo is loaded once, not again on restart")
          .isEqualTo(19);
    }
  }

  private static ConfigurableApplicationContext start(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--server.port=0";
    all[args.length + 1] = "--logging.level.root=WARN";
    return SpringApplication.run(AllianceApplication.class, all);
  }

  private static String healthOf(ConfigurableApplicationContext app) throws Exception {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static int countUsers(EmbeddedPostgres server) throws Exception {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet users = statement.executeQuery("select count(*) from identity.app_user")) {
      users.next();
      return users.getInt(1);
    }
  }
}
