package org.alliance.directory.hsds;

/**
 * One column of a directory table.
 *
 * @param required the standard's tabular "required" (the table's NOT NULL): a new row must have it
 * @param extension an Alliance column beyond HSDS: never in the CSV form, written only when an
 *     import names it, so that data from elsewhere cannot clear what Alliance keeps there
 */
record Column(String name, ColumnType type, boolean required, boolean extension) {

  static Column of(String name, ColumnType type, boolean required) {
    return new Column(name, type, required, false);
  }

  /** Quoted for SQL: HSDS has columns named like SQL words ({@code interval}). */
  String sql() {
    return '"' + name + '"';
  }
}
