package org.alliance.needs.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.alliance.database.DatabaseMode;
import org.alliance.needs.data.PopulationImport;
import org.alliance.needs.data.ProfilesImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo's made-up needs figures into an empty needs schema: four indicators (their names
 * say the figures are made up) for England, the made-up region, Brackenshire and its two districts,
 * over three periods, through the same importer as a real file; and made-up population estimates
 * for Brackenshire and its districts.
 */
@Component
@Order(30)
class DemoNeeds implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoNeeds.class);

  private final DatabaseMode mode;
  private final ProfilesImport profiles;
  private final PopulationImport population;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoNeeds(
      DatabaseMode mode,
      ProfilesImport profiles,
      PopulationImport population,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.profiles = profiles;
    this.population = population;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!mode.demo()) {
      return;
    }
    Boolean loaded =
        transaction.execute(
            status -> {
              jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-needs'))")
                  .query(Object.class)
                  .single();
              return jdbc.sql("select exists (select 1 from needs.indicator_import)")
                  .query(Boolean.class)
                  .single();
            });
    if (Boolean.TRUE.equals(loaded)) {
      return;
    }
    try (Reader in = resource("demo/needs/profiles.csv")) {
      ProfilesImport.Outcome outcome = profiles.importFile("demo profiles.csv", in, "demo");
      if (!outcome.imported()) {
        throw new IllegalStateException(
            "The demo needs figures did not load:\n" + String.join("\n", outcome.lines()));
      }
    }
    try (Reader in = resource("demo/needs/population.csv")) {
      ProfilesImport.Outcome outcome = population.importFile("demo population.csv", in, "demo");
      if (!outcome.imported()) {
        throw new IllegalStateException(
            "The demo population did not load:\n" + String.join("\n", outcome.lines()));
      }
    }
    log.info("Loaded the demo needs figures (made up)");
  }

  private static Reader resource(String path) throws IOException {
    return new InputStreamReader(
        new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
  }
}
