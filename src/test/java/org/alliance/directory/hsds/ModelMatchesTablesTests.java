package org.alliance.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The model (the standard's data package plus Alliance's additions) describes the migrated tables
 * exactly.
 */
@AllianceTest
class ModelMatchesTablesTests {

  private static final Map<String, ColumnType> SQL_TYPES =
      Map.of(
          "text",
          ColumnType.TEXT,
          "numeric",
          ColumnType.NUMBER,
          "integer",
          ColumnType.INTEGER,
          "date",
          ColumnType.DATE,
          "time without time zone",
          ColumnType.TIME,
          "timestamp with time zone",
          ColumnType.DATETIME,
          "boolean",
          ColumnType.BOOLEAN,
          "uuid",
          ColumnType.UUID);

  @Autowired HsdsModel model;
  @Autowired JdbcClient jdbc;

  @Test
  void everyTableHasTheModelsColumnsTypesAndRequiredFlags() {
    for (Table table : model.tables()) {
      List<String> actual =
          jdbc.sql(
                  """
              select column_name || ' ' || data_type || case when is_nullable = 'NO' and column_default is null
                                                             then ' required' else '' end
                from information_schema.columns
               where table_schema = 'directory' and table_name = ?
               order by ordinal_position
              """)
              .param(table.name())
              .query(String.class)
              .list();
      List<String> expected =
          table.columns().stream()
              .map(c -> c.name() + " " + sqlType(c.type()) + (c.required() ? " required" : ""))
              .toList();
      assertThat(actual).as(table.name()).isEqualTo(expected);
    }
  }

  private static String sqlType(ColumnType type) {
    return SQL_TYPES.entrySet().stream()
        .filter(e -> e.getValue() == type)
        .findFirst()
        .orElseThrow()
        .getKey();
  }
}
