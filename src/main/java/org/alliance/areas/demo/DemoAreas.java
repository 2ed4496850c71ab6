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
 * made-up region, county, districts, towns and wards (codes starting X, marked made up), and the
 * postcode districts (BK1 to BK12) placed in its towns and villages.
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
          if (isEmpty("areas.area")) {
            int loaded =
                load(
                    "demo/areas/areas.csv",
                    """
                    insert into areas.area (code, name, kind, parent_code, made_up)
                    values (:code, :name, :kind, nullif(:parent_code, ''), :made_up::boolean)
                    """);
            log.info("Loaded {} demo areas (Brackenshire's are made up)", loaded);
          }
          // Apart from the areas, so a demo database made before postcode districts gets them.
          if (isEmpty("areas.postcode_district")) {
            load(
                "demo/areas/postcode-districts.csv",
                "insert into areas.postcode_district (outward, area_code) values (:outward, :area_code)");
          }
        });
  }

  private boolean isEmpty(String table) {
    return !jdbc.sql("select exists (select 1 from " + table + ")").query(Boolean.class).single();
  }

  /** Inserts each row of a CSV file, its columns bound by their headers' names. */
  private int load(String resource, String insert) {
    int loaded = 0;
    try (Reader in =
        new InputStreamReader(
            new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        JdbcClient.StatementSpec statement = jdbc.sql(insert);
        for (var column : row.toMap().entrySet()) {
          statement = statement.param(column.getKey(), column.getValue());
        }
        loaded += statement.update();
      }
    } catch (IOException e) {
      throw new IllegalStateException("The demo's " + resource + " did not load", e);
    }
    return loaded;
  }
}
