package org.alliance.needs.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.alliance.database.DatabaseMode;
import org.alliance.needs.data.ProfilesImport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoNeeds(
      DatabaseMode mode,
      ProfilesImport profiles,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.profiles = profiles;
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
    transaction.executeWithoutResult(status -> population());
    log.info("Loaded the demo needs figures (made up)");
  }

  private void population() {
    java.util.UUID importId =
        jdbc.sql(
                """
                insert into needs.indicator_import (file_name, kind, rows, created, replaced, imported_by)
                values ('demo population.csv', 'population', 0, 0, 0, 'demo') returning id
                """)
            .query(java.util.UUID.class)
            .single();
    int rows = 0;
    try (Reader in = resource("demo/needs/population.csv")) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        jdbc.sql(
                """
                insert into needs.population (area_code, year, sex, age, people, import_id)
                values (:area, :year, :sex, :age, :people, :import)
                """)
            .param("area", row.get("area_code"))
            .param("year", Integer.parseInt(row.get("year")))
            .param("sex", row.get("sex"))
            .param("age", Integer.parseInt(row.get("age")))
            .param("people", new java.math.BigDecimal(row.get("people")))
            .param("import", importId)
            .update();
        rows++;
      }
    } catch (IOException e) {
      throw new IllegalStateException("The demo population did not load", e);
    }
    jdbc.sql("update needs.indicator_import set rows = :rows, created = :rows where id = :id")
        .param("rows", rows)
        .param("id", importId)
        .update();
  }

  private static Reader resource(String path) throws IOException {
    return new InputStreamReader(
        new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
  }
}
