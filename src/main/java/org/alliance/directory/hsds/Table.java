package org.alliance.directory.hsds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of the {@code directory} schema as the standard's data package describes it.
 *
 * @param csvFile the file name in the tabular form, or null for tables beyond HSDS 3.0
 * @param columns in the standard's order (the CSV and JSON order), Alliance's additions last
 * @param foreignKeys column to referenced table, from the data package's foreignKeys
 */
record Table(String name, String csvFile, List<Column> columns, Map<String, String> foreignKeys) {

  Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  Column require(String columnName) {
    return column(columnName).orElseThrow(() -> new IllegalArgumentException(name + " has no column " + columnName));
  }

  /** The standard's columns, in its order: the CSV header. */
  List<Column> standardColumns() {
    return columns.stream().filter(c -> !c.extension()).toList();
  }

  String sql() {
    return "directory." + name;
  }
}
