package org.alliance.directory.hsds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of the {@code directory} schema as the data package (the standard's, with Alliance's
 * additions) describes it.
 *
 * @param csvFile the file name in the tabular form
 * @param columns in the data package's order (the CSV and JSON order), Alliance's additions last
 * @param foreignKeys column to referenced table, from the data package's foreignKeys
 */
record Table(String name, String csvFile, List<Column> columns, Map<String, String> foreignKeys) {

  Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  Column require(String columnName) {
    return column(columnName)
        .orElseThrow(() -> new IllegalArgumentException(name + " has no column " + columnName));
  }

  String sql() {
    return "directory." + name;
  }
}
