package org.alliance.directory.hsds;

import java.util.List;

/**
 * One column of a directory table.
 *
 * @param required the standard's tabular "required" (the table's NOT NULL): a new row must have it
 * @param extension an Alliance column beyond HSDS: never in the CSV form, written only when an
 *     import names it, so that data from elsewhere cannot clear what Alliance keeps there
 * @param allowed the standard's enumeration for the column, or empty for any value
 */
record Column(String name, ColumnType type, boolean required, boolean extension, List<String> allowed) {

  static Column of(String name, ColumnType type, boolean required) {
    return new Column(name, type, required, false, List.of());
  }

  static Column extension(String name, ColumnType type) {
    return new Column(name, type, false, true, List.of());
  }

  /** Why a value does not fit the enumeration, or null if it does. */
  String refusal(Object value) {
    return value == null || allowed.isEmpty() || allowed.contains(value.toString()) ? null
        : "%s must be one of %s, not '%s'".formatted(name, String.join(", ", allowed), value);
  }

  /** Quoted for SQL: HSDS has columns named like SQL words ({@code interval}). */
  String sql() {
    return '"' + name + '"';
  }
}
