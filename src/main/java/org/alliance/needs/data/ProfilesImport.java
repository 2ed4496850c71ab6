package org.alliance.needs.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.areas.Area;
import org.alliance.areas.AreaKind;
import org.alliance.areas.Areas;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports a public health profiles CSV in one transaction: rows stream into a temporary table by
 * COPY as they are read, so half a million rows never sit in memory; a file with any mistake is
 * rolled back with every mistake's line. A value already held for the same indicator, area, sex,
 * age and period is replaced (each period is its own row, so older periods stay as they were), so
 * importing a file twice changes nothing the second time.
 */
@Component
public class ProfilesImport {

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final ImportSteps steps;
  private final AuditLog audit;
  private final Areas areas;

  ProfilesImport(
      DataSource dataSource, JdbcClient jdbc, ImportSteps steps, AuditLog audit, Areas areas) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.steps = steps;
    this.audit = audit;
    this.areas = areas;
  }

  /** What an import did: imported or refused, in lines. */
  public record Outcome(boolean imported, List<String> lines) {}

  public Outcome importFile(String fileName, Reader in, String by) throws IOException {
    return steps.inOneTransaction(status -> load(fileName, in, by, status));
  }

  private Outcome load(
      String fileName,
      Reader in,
      String by,
      org.springframework.transaction.TransactionStatus status) {
    jdbc.sql(
            """
            create temp table profile_load (
              indicator_code text, area_code text, sex text, age text, period text,
              period_order integer, value numeric, lower95 numeric, upper95 numeric,
              lower998 numeric, upper998 numeric, count numeric, denominator numeric,
              value_note text
            ) on commit drop
            """)
        .update();
    Map<String, String> indicators = new LinkedHashMap<>();
    Map<String, Integer> multipliers = new LinkedHashMap<>();
    Map<String, Area> places = new LinkedHashMap<>();
    ProfilesFile.Read read;
    try (CopyRows copy = new CopyRows(dataSource, "pg_temp.profile_load")) {
      read =
          ProfilesFile.read(
              in,
              row -> {
                indicators.putIfAbsent(row.indicatorCode(), row.indicatorName());
                if (!places.containsKey(row.areaCode())) {
                  AreaKind.ofProfilesType(row.areaType())
                      .ifPresent(
                          kind ->
                              places.put(
                                  row.areaCode(),
                                  new Area(
                                      row.areaCode(),
                                      row.areaName(),
                                      kind,
                                      row.parentCode(),
                                      false)));
                }
                if (!multipliers.containsKey(row.indicatorCode())) {
                  Integer multiplier = ProfilesFile.multiplierOf(row);
                  if (multiplier != null) {
                    multipliers.put(row.indicatorCode(), multiplier);
                  }
                }
                copy.add(
                    row.indicatorCode(),
                    row.areaCode(),
                    row.sex(),
                    row.age(),
                    row.period(),
                    row.periodOrder(),
                    row.value(),
                    row.lower95(),
                    row.upper95(),
                    row.lower998(),
                    row.upper998(),
                    row.count(),
                    row.denominator(),
                    row.valueNote());
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
    int areasAdded = areas.addMissing(List.copyOf(places.values()));
    indicators.forEach(
        (code, name) ->
            jdbc.sql(
                    """
                    insert into needs.indicator (source, code, name, unit, per)
                    values ('profiles', :code, :name, :unit, :per)
                    on conflict (source, code) do update
                       set name = excluded.name, unit = excluded.unit, per = excluded.per
                    """)
                .param("code", code)
                .param("name", name)
                .param("unit", ProfilesFile.unitOf(multipliers.get(code), name))
                .param(
                    "per",
                    ProfilesFile.unitOf(multipliers.get(code), name).equals("rate")
                        ? multipliers.getOrDefault(code, 100_000)
                        : null)
                .update());
    UUID importId = steps.begin(fileName, "profiles", read.rows(), by);
    Map<String, Object> counts =
        jdbc.sql(
                """
                select count(*) filter (where v.indicator_id is null) as created,
                       count(*) filter (where v.indicator_id is not null
                         and (v.value, v.lower95, v.upper95, v.lower998, v.upper998, v.count, v.denominator, v.value_note)
                             is distinct from
                             (l.value, l.lower95, l.upper95, l.lower998, l.upper998, l.count, l.denominator, l.value_note)) as changed
                  from pg_temp.profile_load l
                  join needs.indicator i on i.source = 'profiles' and i.code = l.indicator_code
                  left join needs.indicator_value v
                    on v.indicator_id = i.id and v.area_code = l.area_code and v.sex = l.sex
                   and v.age = l.age and v.period = l.period
                """)
            .query()
            .singleRow();
    long created = ((Number) counts.get("created")).longValue();
    long changed = ((Number) counts.get("changed")).longValue();
    jdbc.sql(
            """
            insert into needs.indicator_value (indicator_id, area_code, sex, age, period, period_order,
                   value, lower95, upper95, lower998, upper998, count, denominator, value_note, import_id)
            select i.id, l.area_code, l.sex, l.age, l.period, l.period_order, l.value, l.lower95,
                   l.upper95, l.lower998, l.upper998, l.count, l.denominator, l.value_note, :import
              from pg_temp.profile_load l
              join needs.indicator i on i.source = 'profiles' and i.code = l.indicator_code
            on conflict (indicator_id, area_code, sex, age, period) do update
               set period_order = excluded.period_order, value = excluded.value,
                   lower95 = excluded.lower95, upper95 = excluded.upper95,
                   lower998 = excluded.lower998, upper998 = excluded.upper998,
                   count = excluded.count, denominator = excluded.denominator,
                   value_note = excluded.value_note, import_id = excluded.import_id
             where (needs.indicator_value.value, needs.indicator_value.lower95,
                    needs.indicator_value.upper95, needs.indicator_value.lower998,
                    needs.indicator_value.upper998, needs.indicator_value.count,
                    needs.indicator_value.denominator, needs.indicator_value.value_note,
                    needs.indicator_value.period_order)
                   is distinct from
                   (excluded.value, excluded.lower95, excluded.upper95, excluded.lower998,
                    excluded.upper998, excluded.count, excluded.denominator, excluded.value_note,
                    excluded.period_order)
            """)
        .param("import", importId)
        .update();
    steps.counted(importId, created, changed);
    audit.recordSystem(
        AuditEntry.of("needs.indicators.imported", "indicator_import", importId)
            .withDetail(
                "%s by %s: %d rows, %d new, %d changed"
                    .formatted(fileName, by, read.rows(), created, changed)));
    return new Outcome(
        true,
        List.of(
            "Imported %s: %s of %s: %,d new, %,d changed, %,d as they were"
                .formatted(
                    fileName,
                    counted(read.rows(), "row"),
                    counted(indicators.size(), "indicator"),
                    created,
                    changed,
                    read.rows() - created - changed),
            switch (areasAdded) {
              case 0 -> "No new areas.";
              case 1 -> "1 area it names was new and is added to the area list.";
              default ->
                  "%,d areas it names were new and are added to the area list."
                      .formatted(areasAdded);
            }));
  }

  /** "1 row", "2 rows", "1,000 rows". */
  static String counted(long count, String thing) {
    return count == 1 ? "1 " + thing : "%,d %ss".formatted(count, thing);
  }
}
