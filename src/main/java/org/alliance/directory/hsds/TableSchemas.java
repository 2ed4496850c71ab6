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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The directory's tables, read from the HSDS data package (the same file the migration was
 * generated from), plus what Alliance adds, read from Alliance's additions to that package. Reading
 * the packages rather than restating them keeps the CSV columns, their order and their required
 * flags exactly the standard's, and the data package the export writes ({@link #datapackage()})
 * describes exactly the columns the reader accepts.
 */
final class TableSchemas {

  static final String STANDARD = "standards/hsds-3.0/datapackage.json";

  /**
   * V1_4_1's additions in data package form: HSDS 3.1's capacity tables as further resources, and
   * Alliance's own columns (hidden addresses, the looking-after organisation) as fields to add to
   * the standard's resources.
   */
  static final String ADDITIONS = "directory/datapackage-additions.json";

  /** "number" in HSDS, integer in the tables: a fraction here would be rounded away silently. */
  private static final Set<String> INTEGERS =
      Set.of(
          "organization.year_incorporated",
          "phone.extension",
          "schedule.count",
          "schedule.interval");

  /**
   * A string with format uuid in the package (frictionless has no uuid type), uuid in the table.
   */
  private static final Set<String> UUIDS = Set.of("organization.alliance_organisation_id");

  private TableSchemas() {}

  /** Every table, in the data package's order, then Alliance's. */
  static Map<String, Table> load() {
    Map<String, Table> tables = new LinkedHashMap<>();
    for (JsonNode resource : read(STANDARD).get("resources")) {
      put(tables, resource);
    }
    JsonNode additions = read(ADDITIONS);
    for (JsonNode resource : additions.get("resources")) {
      put(tables, resource);
    }
    for (Map.Entry<String, JsonNode> fields : additions.get("fields").properties()) {
      Table table = tables.get(fields.getKey());
      List<Column> columns = new ArrayList<>(table.columns());
      fields.getValue().forEach(field -> columns.add(column(table.name(), field, true)));
      tables.put(
          table.name(),
          new Table(table.name(), table.csvFile(), List.copyOf(columns), table.foreignKeys()));
    }
    return tables;
  }

  private static void put(Map<String, Table> tables, JsonNode resource) {
    String name = resource.get("name").stringValue();
    List<Column> columns = new ArrayList<>();
    for (JsonNode field : resource.at("/schema/fields")) {
      columns.add(column(name, field, false));
    }
    Map<String, String> foreignKeys = new LinkedHashMap<>();
    for (JsonNode key : resource.at("/schema/foreignKeys")) {
      foreignKeys.put(key.get("fields").stringValue(), key.at("/reference/resource").stringValue());
    }
    tables.put(
        name,
        new Table(name, resource.get("path").stringValue(), List.copyOf(columns), foreignKeys));
  }

  private static Column column(String table, JsonNode field, boolean extension) {
    String name = field.get("name").stringValue();
    List<String> allowed = new ArrayList<>();
    field.at("/constraints/enum").forEach(value -> allowed.add(value.stringValue()));
    JsonNode minimum = field.at("/constraints/minimum");
    return new Column(
        name,
        typeOf(table + "." + name, field),
        field.at("/constraints/required").asBoolean(false),
        extension,
        List.copyOf(allowed),
        minimum.isNumber() ? minimum.decimalValue() : null);
  }

  /**
   * The data package the export writes: the standard's, with Alliance's additions in place, so that
   * a reader checking the files against it finds every column and file described.
   */
  static ObjectNode datapackage() {
    ObjectNode datapackage = (ObjectNode) read(STANDARD);
    JsonNode additions = read(ADDITIONS);
    datapackage.put(
        "description",
        datapackage.get("description").stringValue()
            + " "
            + additions.get("description").stringValue());
    ArrayNode resources = (ArrayNode) datapackage.get("resources");
    for (JsonNode resource : resources) {
      JsonNode fields = additions.at("/fields/" + resource.get("name").stringValue());
      if (fields.isArray()) {
        ((ArrayNode) resource.at("/schema/fields")).addAll((ArrayNode) fields);
      }
    }
    resources.addAll((ArrayNode) additions.get("resources"));
    return datapackage;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = TableSchemas.class.getClassLoader().getResourceAsStream(resource)) {
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
      case "boolean" -> ColumnType.BOOLEAN;
      default -> UUIDS.contains(qualified) ? ColumnType.UUID : ColumnType.TEXT;
    };
  }
}
