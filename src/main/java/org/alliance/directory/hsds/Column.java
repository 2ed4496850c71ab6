package org.alliance.directory.hsds;

import java.math.BigDecimal;
import java.util.List;

/**
 * One column of a directory table.
 *
 * @param required the data package's "required" (the table's NOT NULL): a new row must have it
 * @param extension an Alliance column beyond HSDS: never in the API, and written only when an
 *     import names it (a missing JSON field or an empty CSV cell leaves it as it is), so that data
 *     from elsewhere cannot clear what Alliance keeps there
 * @param allowed the data package's enumeration for the column, or empty for any value
 * @param minimum the data package's minimum for a number, or null for none
 */
record Column(
    String name,
    ColumnType type,
    boolean required,
    boolean extension,
    List<String> allowed,
    BigDecimal minimum) {

  /** Why a value does not fit the enumeration or the minimum, or null if it does. */
  String refusal(Object value) {
    if (value == null) {
      return null;
    }
    if (!allowed.isEmpty() && !allowed.contains(value.toString())) {
      return "%s must be one of %s, not '%s'".formatted(name, String.join(", ", allowed), value);
    }
    if (minimum != null
        && value instanceof Number number
        && new BigDecimal(number.toString()).compareTo(minimum) < 0) {
      return "%s must be at least %s, not %s"
          .formatted(name, minimum.toPlainString(), type.toText(value));
    }
    return null;
  }

  /** Quoted for SQL: HSDS has columns named like SQL words ({@code interval}). */
  String sql() {
    return '"' + name + '"';
  }
}
