package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generic SQL over the directory tables, driven by {@link Table}. Every read takes a whole set of
 * keys ({@code = any(:keys)}), so callers make one query per table per level, never one per row.
 * Writes are JDBC batches (JdbcClient has no batch), with typed nulls so PostgreSQL need not guess.
 */
@Component
class RowStore {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  RowStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** The rows whose {@code column} is one of {@code keys}, ordered by id. */
  List<Row> where(Table table, String column, Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + columnList(table)
                + " from "
                + table.sql()
                + " where "
                + table.require(column).sql()
                + " = any(:keys) order by id")
        .param("keys", keys.stream().distinct().toArray(String[]::new))
        .query(mapper(table))
        .list();
  }

  /** Every row of a table, ordered by id: for the export. */
  List<Row> all(Table table) {
    return jdbc.sql("select " + columnList(table) + " from " + table.sql() + " order by id")
        .query(mapper(table))
        .list();
  }

  /** Which of these ids the table holds. */
  List<String> ids(Table table, Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select id from " + table.sql() + " where id = any(:ids)")
        .param("ids", ids.toArray(String[]::new))
        .query(String.class)
        .list();
  }

  /** Ids, in order, chosen by a query written against the directory schema. */
  List<String> ids(String sql) {
    return jdbc.sql(sql).query(String.class).list();
  }

  /** Inserts or updates each row by id, writing only the columns each row names. */
  void upsert(Table table, Collection<Map<String, Object>> rows) {
    Map<List<String>, List<Map<String, Object>>> byColumns =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    row -> List.copyOf(row.keySet()), LinkedHashMap::new, Collectors.toList()));
    byColumns.forEach(
        (columns, group) -> {
          List<Column> written = columns.stream().map(table::require).toList();
          String names = written.stream().map(Column::sql).collect(Collectors.joining(", "));
          String marks = written.stream().map(c -> "?").collect(Collectors.joining(", "));
          String updates =
              written.stream()
                  .filter(c -> !c.name().equals("id"))
                  .map(c -> c.sql() + " = excluded." + c.sql())
                  .collect(Collectors.joining(", "));
          String sql =
              "insert into "
                  + table.sql()
                  + " ("
                  + names
                  + ") values ("
                  + marks
                  + ") on conflict (id) do "
                  + (updates.isEmpty() ? "nothing" : "update set " + updates);
          List<Object[]> arguments = new ArrayList<>();
          for (Map<String, Object> row : group) {
            arguments.add(
                written.stream()
                    .map(c -> new SqlParameterValue(c.type().sqlType, row.get(c.name())))
                    .toArray());
          }
          batch.batchUpdate(sql, arguments);
        });
  }

  void clear(Table table, String column, Collection<String> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql(
              "update "
                  + table.sql()
                  + " set "
                  + table.require(column).sql()
                  + " = null where id = any(:ids)")
          .param("ids", ids.toArray(String[]::new))
          .update();
    }
  }

  void delete(Table table, Collection<String> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("delete from " + table.sql() + " where id = any(:ids)")
          .param("ids", ids.toArray(String[]::new))
          .update();
    }
  }

  private static String columnList(Table table) {
    return table.columns().stream().map(Column::sql).collect(Collectors.joining(", "));
  }

  private static RowMapper<Row> mapper(Table table) {
    return (rs, n) -> {
      Map<String, Object> values = new LinkedHashMap<>();
      for (Column column : table.columns()) {
        values.put(column.name(), column.type().fromResultSet(rs, column.name()));
      }
      return new Row(table, values);
    };
  }
}
