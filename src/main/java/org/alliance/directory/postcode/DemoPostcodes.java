package org.alliance.directory.postcode;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alliance.database.DatabaseMode;
import org.alliance.directory.PostcodeImportResult;
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
 * In demo mode, loads the fictional BK postcode area into an empty postcode table, so that distance
 * search works out of the box. After the demo alliance (order 0); the demo services are loaded by
 * the directory importer, not here. Several nodes may start at once, hence the transaction-scoped
 * advisory lock and the second look once it is held.
 */
@Component
@Order(10)
class DemoPostcodes implements ApplicationRunner {

  static final String RESOURCE = "demo/directory/postcodes.csv";

  private static final Logger log = LoggerFactory.getLogger(DemoPostcodes.class);

  private final DatabaseMode mode;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final PostcodeImport postcodeImport;

  DemoPostcodes(
      DatabaseMode mode,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      PostcodeImport postcodeImport) {
    this.mode = mode;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.postcodeImport = postcodeImport;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-postcodes'))")
              .query(Object.class)
              .single();
          if (jdbc.sql("select exists (select 1 from directory.postcode)")
              .query(Boolean.class)
              .single()) {
            return;
          }
          ClassPathResource csv = new ClassPathResource(RESOURCE);
          PostcodeImportResult result =
              postcodeImport.load(
                  List.of(
                      new PostcodeImport.Source(
                          RESOURCE,
                          () ->
                              new InputStreamReader(
                                  csv.getInputStream(), StandardCharsets.UTF_8))));
          if (!result.accepted()) {
            throw new IllegalStateException("The demo postcodes did not load. " + result.report());
          }
          log.info("Loaded the demo postcodes: {}", result.report());
        });
  }
}
