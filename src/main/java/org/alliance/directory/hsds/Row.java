package org.alliance.directory.hsds;

import java.util.Map;

/** A row as the directory holds it: column name to normalised value ({@link ColumnType}). */
record Row(Table table, Map<String, Object> values) {

  String id() {
    return (String) values.get("id");
  }

  Object get(String column) {
    return values.get(column);
  }

  String text(String column) {
    Object value = values.get(column);
    return value == null ? null : value.toString();
  }
}
