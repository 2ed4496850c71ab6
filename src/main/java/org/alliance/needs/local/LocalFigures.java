package org.alliance.needs.local;

import java.util.List;
import java.util.UUID;
import org.alliance.audit.AuditActor;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The alliance's own figures: saved as indicators of source 'local', replaced by period. */
@Component
class LocalFigures {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  LocalFigures(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** One figure kept, as the page lists it (the area by its code). */
  record Kept(String name, String area, String period, String value, String by) {}

  /** Saves a checked figure: a figure for the same indicator, area and period is replaced. */
  @Transactional
  void save(LocalFigure figure, AuditActor by) {
    UUID indicator =
        jdbc.sql(
                """
                insert into needs.indicator (source, code, name, unit, per)
                values ('local', :code, :name, :unit, :per)
                on conflict (source, code) do update set name = excluded.name, unit = excluded.unit,
                   per = excluded.per
                returning id
                """)
            .param("code", figure.code())
            .param("name", figure.name().strip())
            .param("unit", figure.unit().equals("count") ? "count" : figure.unit())
            .param("per", figure.unit().equals("rate") ? 100_000 : null)
            .query(UUID.class)
            .single();
    UUID entry =
        jdbc.sql(
                """
                insert into needs.indicator_import (file_name, kind, rows, created, replaced, imported_by)
                values ('entered on the form', 'local', 1, 1, 0, :by) returning id
                """)
            .param("by", by.username())
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            insert into needs.indicator_value (indicator_id, area_code, sex, age, period, period_order,
                   value, count, denominator, import_id)
            values (:indicator, :area, 'Persons', 'All ages', :period, :order, :value, :count,
                    :denominator, :entry)
            on conflict (indicator_id, area_code, sex, age, period) do update
               set value = excluded.value, count = excluded.count,
                   denominator = excluded.denominator, period_order = excluded.period_order,
                   import_id = excluded.import_id
            """)
        .param("indicator", indicator)
        .param("area", figure.areaCode())
        .param("period", figure.period().strip())
        .param("order", figure.periodOrder())
        .param("value", figure.value())
        .param("count", LocalFigure.whole(figure.count()))
        .param(
            "denominator",
            figure.unit().equals("count") ? null : LocalFigure.whole(figure.denominator()))
        .param("entry", entry)
        .update();
    audit.recordBy(
        by,
        AuditEntry.of("needs.local-figure.saved", "indicator", indicator)
            .withDetail(figure.areaCode() + " " + figure.period().strip()));
  }

  List<Kept> recent(int limit) {
    return jdbc.sql(
            """
            select i.name, v.area_code as area, v.period, v.value, i.unit, m.imported_by
              from needs.indicator_value v
              join needs.indicator i on i.id = v.indicator_id and i.source = 'local'
              join needs.indicator_import m on m.id = v.import_id
             order by m.imported_at desc, i.name limit :limit
            """)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new Kept(
                    rs.getString("name"),
                    rs.getString("area"),
                    rs.getString("period"),
                    rs.getBigDecimal("value").toPlainString()
                        + switch (rs.getString("unit")) {
                          case "rate" -> " per 100,000";
                          case "percentage" -> "%";
                          default -> "";
                        },
                    rs.getString("imported_by")))
        .list();
  }
}
