package org.alliance.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the PostgreSQL server: the one named by {@code DATABASE_URL} (or Spring's datasource
 * properties), otherwise an embedded server whose data lives under {@code ALLIANCE_DATA_DIR}.
 * Defining the DataSource here makes Boot's own DataSource auto-configuration back off, so Flyway,
 * Spring Session and JdbcClient all share this one pool.
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
      DatabaseMode mode, @Value("${alliance.database.ephemeral:false}") boolean ephemeral)
      throws IOException {
    if (mode.external()) {
      return EmbeddedDatabase.none();
    }
    if (ephemeral) {
      // Tests: a throw-away server in a temporary folder, deleted on close, fsync left off.
      return new EmbeddedDatabase(
          EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(60)).start());
    }
    Path pgData = mode.dataDir().resolve("postgres").toAbsolutePath();
    Files.createDirectories(pgData);
    log.info("Starting embedded PostgreSQL with data in {}", pgData);
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            // zonky turns fsync off by default; this directory holds real data.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setPGStartupWait(java.time.Duration.ofSeconds(60))
            .start();
    return new EmbeddedDatabase(pg);
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(
      EmbeddedDatabase embedded,
      @Value("${DATABASE_URL:}") String databaseUrl,
      @Value("${spring.datasource.url:}") String springUrl,
      @Value("${spring.datasource.username:}") String springUser,
      @Value("${spring.datasource.password:}") String springPassword,
      @Value("${alliance.database.pool-size:10}") int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("alliance");
    config.setMaximumPoolSize(poolSize);
    if (!databaseUrl.isBlank()) {
      DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
      log.info("Using PostgreSQL at {}", DatabaseUrl.redact(url.jdbcUrl()));
      config.setJdbcUrl(url.jdbcUrl());
      if (url.username() != null) {
        config.setUsername(url.username());
      }
      if (url.password() != null) {
        config.setPassword(url.password());
      }
    } else if (!springUrl.isBlank()) {
      log.info("Using PostgreSQL at {}", DatabaseUrl.redact(springUrl));
      config.setJdbcUrl(springUrl);
      config.setUsername(springUser.isBlank() ? null : springUser);
      config.setPassword(springPassword.isBlank() ? null : springPassword);
    } else {
      config.setJdbcUrl(embedded.server().getJdbcUrl("postgres", "postgres"));
    }
    return new HikariDataSource(config);
  }

  /** The embedded server, or nothing when an external one is configured. */
  record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {
    static EmbeddedDatabase none() {
      return new EmbeddedDatabase(null);
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
