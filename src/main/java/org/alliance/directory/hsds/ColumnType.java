package org.alliance.directory.hsds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;
import org.alliance.directory.Excerpt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The kinds of value a directory column holds, and how each travels between JSON, CSV text, Java
 * and PostgreSQL. Every value is normalised to one Java type per kind (text String, number
 * BigDecimal, integer Integer, date LocalDate, time LocalTime, datetime OffsetDateTime in UTC), so
 * values from a file and from the database compare directly: that comparison is what lets an import
 * of unchanged data change nothing.
 */
enum ColumnType {
  TEXT(Types.VARCHAR),
  NUMBER(Types.NUMERIC),
  INTEGER(Types.INTEGER),
  DATE(Types.DATE),
  TIME(Types.TIME),
  DATETIME(Types.TIMESTAMP_WITH_TIMEZONE),
  BOOLEAN(Types.BOOLEAN),
  UUID(Types.OTHER);

  /** HSDS asks for millisecond accuracy and an explicit zone. */
  private static final DateTimeFormatter DATETIME_OUT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private static final DateTimeFormatter TIME_OUT = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final int sqlType;

  ColumnType(int sqlType) {
    this.sqlType = sqlType;
  }

  /** A value given in JSON; null for JSON null. */
  Object fromJson(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return switch (this) {
      case NUMBER, INTEGER -> {
        if (!node.isNumber()) {
          throw new BadValue(this == INTEGER ? "must be a whole number" : "must be a number");
        }
        yield fromDecimal(node.decimalValue());
      }
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          throw new BadValue("must be true or false");
        }
        yield node.booleanValue();
      }
      default -> {
        if (!node.isString()) {
          throw new BadValue("must be text" + (this == TEXT ? "" : " (" + expected() + ")"));
        }
        yield fromText(node.stringValue());
      }
    };
  }

  /** A value given as text (a CSV cell, or a JSON string for dates and times). */
  Object fromText(String text) {
    String trimmed = text.trim();
    try {
      return switch (this) {
        case TEXT -> text;
        case NUMBER, INTEGER -> fromDecimal(new BigDecimal(trimmed));
        case DATE -> LocalDate.parse(trimmed);
        case TIME -> LocalTime.parse(trimmed.length() == 5 ? trimmed + ":00" : trimmed, TIME_OUT);
        case DATETIME -> parseDateTime(trimmed);
        case BOOLEAN ->
            switch (trimmed.toLowerCase()) {
              case "true" -> Boolean.TRUE;
              case "false" -> Boolean.FALSE;
              default -> throw new BadValue("must be true or false");
            };
        case UUID -> java.util.UUID.fromString(trimmed);
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new BadValue("must be " + expected() + ", not '" + Excerpt.of(text) + "'");
    } catch (IllegalArgumentException e) {
      if (e instanceof BadValue bad) {
        throw bad;
      }
      throw new BadValue("must be " + expected() + ", not '" + Excerpt.of(text) + "'");
    }
  }

  private Object fromDecimal(BigDecimal value) {
    if (this != INTEGER) {
      return value;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new BadValue("must be a whole number, not " + value.toPlainString());
    }
  }

  private static OffsetDateTime parseDateTime(String text) {
    try {
      return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // A date-time without a zone is taken as UTC, as HSDS says of its dates.
      return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
    }
  }

  private String expected() {
    return switch (this) {
      case TEXT -> "text";
      case NUMBER -> "a number";
      case INTEGER -> "a whole number";
      case DATE -> "a date like 2025-01-31";
      case TIME -> "a time like 09:30 or 09:30:00";
      case DATETIME -> "a date and time like 2025-01-31T09:30:00Z";
      case BOOLEAN -> "true or false";
      case UUID -> "a UUID";
    };
  }

  JsonNode toJson(Object value) {
    return switch (this) {
      case NUMBER -> {
        BigDecimal number = (BigDecimal) value;
        // Whole numbers are written as integers (12, not 12.0), as the HSDS examples show them.
        BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        yield stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18
            ? NODES.numberNode(stripped.longValueExact())
            : NODES.numberNode(number);
      }
      case INTEGER -> NODES.numberNode((Integer) value);
      case BOOLEAN -> NODES.booleanNode((Boolean) value);
      default -> NODES.stringNode(toText(value));
    };
  }

  String toText(Object value) {
    return switch (this) {
      case NUMBER -> ((BigDecimal) value).toPlainString();
      case TIME -> TIME_OUT.format((LocalTime) value);
      case DATETIME -> DATETIME_OUT.format((OffsetDateTime) value);
      default -> value.toString();
    };
  }

  Object fromResultSet(ResultSet rs, String column) throws SQLException {
    Object value =
        switch (this) {
          case TEXT -> rs.getString(column);
          case NUMBER -> rs.getBigDecimal(column);
          case INTEGER -> rs.getObject(column, Integer.class);
          case DATE -> rs.getObject(column, LocalDate.class);
          case TIME -> rs.getObject(column, LocalTime.class);
          case DATETIME -> rs.getObject(column, OffsetDateTime.class);
          case BOOLEAN -> rs.getObject(column, Boolean.class);
          case UUID -> rs.getObject(column, java.util.UUID.class);
        };
    return value instanceof OffsetDateTime time
        ? time.withOffsetSameInstant(ZoneOffset.UTC)
        : value;
  }

  /** Equal as data: 35 and 35.0 are the same amount; two times are the same instant. */
  boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    return switch (this) {
      case NUMBER -> ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
      case DATETIME -> ((OffsetDateTime) a).isEqual((OffsetDateTime) b);
      default -> Objects.equals(a, b);
    };
  }

  /** A value that does not fit its column; the message completes "&lt;column&gt; ...". */
  static final class BadValue extends IllegalArgumentException {
    BadValue(String message) {
      super(message);
    }
  }
}
