package org.alliance.needs.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * Imports population estimates ({@link PopulationFile}) in one transaction, streamed into a
 * temporary table by COPY: all or nothing; an estimate already held for the same area, year, sex
 * and age is replaced, other years stay.
 */
@Component
public class PopulationImport {

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final ImportSteps steps;
  private final AuditLog audit;

  PopulationImport(DataSource dataSource, JdbcClient jdbc, ImportSteps steps, AuditLog audit) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.steps = steps;
    this.audit = audit;
  }

  /** Whether a file with this header is population estimates. */
  public static boolean recognises(List<String> header) {
    return PopulationFile.recognises(header);
  }

  public ProfilesImport.Outcome importFile(String fileName, Reader in, String by)
      throws IOException {
    return steps.inOneTransaction(status -> load(fileName, in, by, status));
  }

  private ProfilesImport.Outcome load(
      String fileName, Reader in, String by, TransactionStatus status) {
    jdbc.sql(
            """
            create temp table population_load (
              area_code text, year integer, sex text, age integer, people numeric
            ) on commit drop
            """)
        .update();
    ProfilesFile.Read read;
    long[] estimates = {0};
    try (CopyRows copy = new CopyRows(dataSource, "pg_temp.population_load")) {
      read =
          PopulationFile.read(
              in,
              estimate -> {
                estimates[0]++;
                copy.add(
                    estimate.area(),
                    estimate.year(),
                    estimate.sex(),
                    estimate.age(),
                    estimate.people());
              });
      if (read.clean()) {
        copy.finish();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!read.clean()) {
      return ImportSteps.refused(fileName, read, status);
    }
    UUID importId = steps.begin(fileName, "population", read.rows(), by);
    Map<String, Object> counts =
        jdbc.sql(
                """
                select count(*) filter (where p.area_code is null) as created,
                       count(*) filter (where p.area_code is not null and p.people <> l.people) as changed
                  from pg_temp.population_load l
                  left join needs.population p
                    on p.area_code = l.area_code and p.year = l.year and p.sex = l.sex and p.age = l.age
                """)
            .query()
            .singleRow();
    long created = ((Number) counts.get("created")).longValue();
    long changed = ((Number) counts.get("changed")).longValue();
    jdbc.sql(
            """
            insert into needs.population (area_code, year, sex, age, people, import_id)
            select area_code, year, sex, age, people, :import from pg_temp.population_load
            on conflict (area_code, year, sex, age) do update
               set people = excluded.people, import_id = excluded.import_id
             where needs.population.people <> excluded.people
            """)
        .param("import", importId)
        .update();
    steps.counted(importId, created, changed);
    audit.recordSystem(
        AuditEntry.of("needs.population.imported", "indicator_import", importId)
            .withDetail(
                "%s by %s: %d estimates, %d new, %d changed"
                    .formatted(fileName, by, estimates[0], created, changed)));
    return new ProfilesImport.Outcome(
        true,
        List.of(
            "Imported %s: %,d population estimates: %,d new, %,d changed, %,d as they were"
                .formatted(
                    fileName, estimates[0], created, changed, estimates[0] - created - changed)));
  }
}
