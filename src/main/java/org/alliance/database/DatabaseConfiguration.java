package org.alliance.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses the PostgreSQL server, the one named by {@code DATABASE_URL} (or Spring's datasource
 * properties), otherwise an embedded server whose data lives under {@code ALLIANCE_DATA_DIR}, and
 * the two roles on it: the schema's owner, which only Flyway uses, and the application's role,
 * which owns nothing and may only read and append to the audit log. Defining the DataSource here
 * makes Boot's own DataSource auto-configuration back off, so Spring Session and JdbcClient share
 * the application's pool.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean
  DatabaseMode databaseMode(
      @Value("${DATABASE_URL:}") String databaseUrl,
      @Value("${spring.datasource.url:}") String springUrl,
      @Value("${alliance.data-dir}") Path dataDir,
      @Value("${ALLIANCE_DEMO:}") String demo) {
    boolean external = !databaseUrl.isBlank() || !springUrl.isBlank();
    boolean demoMode = demo.isBlank() ? !external : Boolean.parseBoolean(demo.trim());
    return new DatabaseMode(external, demoMode, dataDir);
  }

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(
      DatabaseMode mode,
      @Value("${alliance.database.ephemeral:false}") boolean ephemeral,
      @Value("${alliance.database.share-running:false}") boolean shareRunning) {
    if (mode.external()) {
      return EmbeddedDatabase.none();
    }
    if (ephemeral) {
      // Tests: a throw-away server in a temporary folder, deleted on close, fsync left off.
      return EmbeddedDatabase.started(
          EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)));
    }
    Path pgData = mode.dataDir().resolve("postgres").toAbsolutePath();
    var running = RunningServer.on(pgData);
    if (running.isPresent()) {
      if (shareRunning) {
        // A command beside `./alliance run`: use its server rather than fight it for the folder.
        log.info("Using the running embedded PostgreSQL on port {}", running.get().port());
        return EmbeddedDatabase.attached(running.get().port());
      }
      throw inUse(pgData, running.get().pid());
    }
    try {
      Files.createDirectories(pgData);
    } catch (IOException e) {
      throw new DatabaseProblem("Cannot create the data folder " + pgData + ": " + e, e);
    }
    log.info("Starting embedded PostgreSQL with data in {}", pgData);
    try {
      return EmbeddedDatabase.started(
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              // zonky turns fsync off by default; this directory holds real data.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setPGStartupWait(Duration.ofSeconds(60)));
    } catch (RuntimeException e) {
      // Another process took the folder between our look and our start.
      if (String.valueOf(e.getMessage()).contains("lock")) {
        throw inUse(pgData, -1);
      }
      throw e;
    }
  }

  private static DatabaseProblem inUse(Path pgData, long pid) {
    return new DatabaseProblem(
        "The embedded database in "
            + pgData
            + " is in use by another Alliance"
            + (pid > 0 ? " (process " + pid + ")" : "")
            + ": stop it first, or set ALLIANCE_DATA_DIR to another folder.");
  }

  @Bean
  Connections connections(
      DatabaseMode mode,
      EmbeddedDatabase embedded,
      @Value("${alliance.database.ephemeral:false}") boolean ephemeral,
      @Value("${DATABASE_URL:}") String databaseUrl,
      @Value("${DATABASE_OWNER_URL:}") String ownerUrl,
      @Value("${spring.datasource.url:}") String springUrl,
      @Value("${spring.datasource.username:}") String springUser,
      @Value("${spring.datasource.password:}") String springPassword) {
    if (!mode.external()) {
      DatabaseUrl owner =
          new DatabaseUrl(
              "jdbc:postgresql://localhost:" + embedded.port() + "/postgres", "postgres", null);
      String password =
          ephemeral ? ApplicationRole.generated() : ApplicationRole.passwordIn(mode.dataDir());
      ApplicationRole.ensure(owner, password);
      return new Connections(
          owner, new DatabaseUrl(owner.jdbcUrl(), ApplicationRole.NAME, password), true);
    }
    DatabaseUrl application =
        !databaseUrl.isBlank()
            ? DatabaseUrl.parse(databaseUrl)
            : new DatabaseUrl(
                springUrl,
                springUser.isBlank() ? null : springUser,
                springPassword.isBlank() ? null : springPassword);
    log.info("Using PostgreSQL at {}", DatabaseUrl.redact(application.jdbcUrl()));
    if (ownerUrl.isBlank()) {
      log.warn(
          "DATABASE_OWNER_URL is not set, so the application connects as the schema's owner and the"
              + " audit log is protected only by its triggers (see README, Deploying).");
      return new Connections(application, application, false);
    }
    return new Connections(DatabaseUrl.parse(ownerUrl, "DATABASE_OWNER_URL"), application, true);
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(
      Connections connections, @Value("${alliance.database.pool-size:10}") int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("alliance");
    config.setMaximumPoolSize(poolSize);
    DatabaseUrl application = connections.application();
    config.setJdbcUrl(application.jdbcUrl());
    config.setUsername(application.username());
    config.setPassword(application.password());
    return new HikariDataSource(config);
  }

  @Bean
  SchemaOwner schemaOwner(Connections connections) {
    return new SchemaOwner(connections.owner());
  }

  /**
   * Flyway migrates as the schema's owner, and tells the {@code afterMigrate} callback whom to
   * grant to (no one when the owner is also the application). Customizers run after Boot has given
   * Flyway the application's DataSource, so this replaces it.
   */
  @Bean
  FlywayConfigurationCustomizer migrateAsTheOwner(Connections connections, DataSource dataSource) {
    return configuration -> {
      String role = "";
      if (connections.separateOwner()) {
        DatabaseUrl owner = connections.owner();
        configuration.dataSource(owner.jdbcUrl(), owner.username(), owner.password());
        role =
            JdbcClient.create(dataSource).sql("select current_user").query(String.class).single();
      }
      configuration.placeholders(Map.of("app_role", role));
    };
  }

  /**
   * Where the owner and the application connect.
   *
   * @param separateOwner false when one role does both (an external database given one URL)
   */
  record Connections(DatabaseUrl owner, DatabaseUrl application, boolean separateOwner) {}

  /** The embedded server (started here, or another process's), or none for an external one. */
  record EmbeddedDatabase(EmbeddedPostgres server, int port) implements AutoCloseable {
    static EmbeddedDatabase none() {
      return new EmbeddedDatabase(null, 0);
    }

    static EmbeddedDatabase attached(int port) {
      return new EmbeddedDatabase(null, port);
    }

    static EmbeddedDatabase started(EmbeddedPostgres.Builder builder) {
      try {
        EmbeddedPostgres server = builder.start();
        return new EmbeddedDatabase(server, server.getPort());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      if (server != null) {
        try {
          server.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
