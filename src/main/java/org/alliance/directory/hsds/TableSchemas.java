package org.alliance.directory.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory's tables, read from the HSDS data package (the same file the migration was
 * generated from), plus what Alliance adds. Reading the standard rather than restating it keeps the
 * CSV columns, their order and their required flags exactly the standard's.
 */
final class TableSchemas {

  static final String DATAPACKAGE = "standards/hsds-3.0/datapackage.json";

  /** "number" in HSDS, integer in the tables: a fraction here would be rounded away silently. */
  private static final Set<String> INTEGERS = Set.of(
      "organization.year_incorporated", "phone.extension", "schedule.count", "schedule.interval");

  private TableSchemas() {}

  /** Every table, in the data package's order, then Alliance's. */
  static Map<String, Table> load() {
    Map<String, Table> tables = new LinkedHashMap<>();
    for (JsonNode resource : datapackage().get("resources")) {
      String name = resource.get("name").stringValue();
      List<Column> columns = new ArrayList<>();
      for (JsonNode field : resource.at("/schema/fields")) {
        String column = field.get("name").stringValue();
        List<String> allowed = new ArrayList<>();
        field.at("/constraints/enum").forEach(value -> allowed.add(value.stringValue()));
        columns.add(new Column(column, typeOf(name + "." + column, field),
            field.at("/constraints/required").asBoolean(false), false, List.copyOf(allowed)));
      }
      Map<String, String> foreignKeys = new LinkedHashMap<>();
      for (JsonNode key : resource.at("/schema/foreignKeys")) {
        foreignKeys.put(key.get("fields").stringValue(), key.at("/reference/resource").stringValue());
      }
      tables.put(name, new Table(name, resource.get("path").stringValue(), columns, foreignKeys));
    }
    addAllianceColumns(tables);
    return tables;
  }

  static JsonNode datapackage() {
    try (InputStream in = TableSchemas.class.getClassLoader().getResourceAsStream(DATAPACKAGE)) {
      return JsonMapper.shared().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ColumnType typeOf(String qualified, JsonNode field) {
    return switch (field.get("type").stringValue()) {
      case "number" -> INTEGERS.contains(qualified) ? ColumnType.INTEGER : ColumnType.NUMBER;
      case "date" -> ColumnType.DATE;
      case "time" -> ColumnType.TIME;
      case "datetime" -> ColumnType.DATETIME;
      default -> ColumnType.TEXT;
    };
  }

  /** V1_4_1: HSDS 3.1's capacity tables, hidden addresses and the looking-after organisation. */
  private static void addAllianceColumns(Map<String, Table> tables) {
    tables.put("unit", new Table("unit", null, List.of(
        Column.of("id", ColumnType.TEXT, true), Column.of("name", ColumnType.TEXT, true),
        Column.of("scheme", ColumnType.TEXT, false), Column.of("identifier", ColumnType.TEXT, false),
        Column.of("uri", ColumnType.TEXT, false)), Map.of()));
    tables.put("service_capacity", new Table("service_capacity", null, List.of(
        Column.of("id", ColumnType.TEXT, true), Column.of("service_id", ColumnType.TEXT, true),
        Column.of("unit_id", ColumnType.TEXT, true), Column.of("available", ColumnType.NUMBER, true),
        Column.of("maximum", ColumnType.NUMBER, false), Column.of("description", ColumnType.TEXT, false),
        Column.of("updated", ColumnType.DATETIME, true)), Map.of("service_id", "service", "unit_id", "unit")));
    extend(tables, "location", Column.extension("address_hidden", ColumnType.BOOLEAN));
    extend(tables, "organization", Column.extension("alliance_organisation_id", ColumnType.UUID));
  }

  private static void extend(Map<String, Table> tables, String name, Column column) {
    Table table = tables.get(name);
    List<Column> columns = new ArrayList<>(table.columns());
    columns.add(column);
    tables.put(name, new Table(name, table.csvFile(), List.copyOf(columns), table.foreignKeys()));
  }
}
