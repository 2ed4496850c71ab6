package org.alliance.areas.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.alliance.database.DatabaseMode;
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
 * Loads the demo's areas into an empty area table: England (its real code), and Brackenshire's
 * made-up region, county, districts, towns and wards (codes starting X, marked made up).
 */
@Component
@Order(5)
class DemoAreas implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAreas.class);

  private final DatabaseMode mode;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoAreas(DatabaseMode mode, JdbcClient jdbc, TransactionTemplate transaction) {
    this.mode = mode;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-areas'))")
              .query(Object.class)
              .single();
          if (jdbc.sql("select exists (select 1 from areas.area)").query(Boolean.class).single()) {
            return;
          }
          int loaded = 0;
          try (Reader in =
              new InputStreamReader(
                  new ClassPathResource("demo/areas/areas.csv").getInputStream(),
                  StandardCharsets.UTF_8)) {
            for (CSVRecord row :
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
              jdbc.sql(
                      """
                      insert into areas.area (code, name, kind, parent_code, made_up)
                      values (:code, :name, :kind, nullif(:parent, ''), :madeUp)
                      """)
                  .param("code", row.get("code"))
                  .param("name", row.get("name"))
                  .param("kind", row.get("kind"))
                  .param("parent", row.get("parent_code"))
                  .param("madeUp", Boolean.parseBoolean(row.get("made_up")))
                  .update();
              loaded++;
            }
          } catch (IOException e) {
            throw new IllegalStateException("The demo areas did not load", e);
          }
          log.info("Loaded {} demo areas (Brackenshire's are made up)", loaded);
        });
  }
}
