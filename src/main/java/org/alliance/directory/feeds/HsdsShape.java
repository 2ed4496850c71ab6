package org.alliance.directory.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What fields each HSDS 3.0 object has and which of them hold other objects, read from the
 * standard's own schemas (kept with the code under {@code standards/hsds-3.0/schema}), so that a
 * feed's extra fields are recognised as extra by the standard itself.
 */
final class HsdsShape {

  /** A field: the type of object it holds (null for a plain value) and whether it is a list. */
  record Field(String objectType, boolean many) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Map<String, Map<String, Field>> types = new HashMap<>();

  HsdsShape() {
    for (String type :
        new String[] {
          "service", "organization", "phone", "schedule", "service_area", "service_at_location",
          "language", "funding", "cost_option", "program", "required_document", "contact",
          "attribute", "location", "address", "accessibility", "taxonomy_term", "taxonomy",
          "metadata", "organization_identifier"
        }) {
      types.put(type, fields(type));
    }
  }

  /** The fields of the type (none when the standard has no such type). */
  Map<String, Field> of(String type) {
    return types.getOrDefault(type, Map.of());
  }

  private static Map<String, Field> fields(String type) {
    try (InputStream in =
        HsdsShape.class.getResourceAsStream("/standards/hsds-3.0/schema/" + type + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no HSDS schema for " + type);
      }
      JsonNode schema = JSON.readTree(in);
      Map<String, Field> fields = new LinkedHashMap<>();
      schema
          .path("properties")
          .properties()
          .forEach(
              entry -> {
                JsonNode property = entry.getValue();
                boolean many = "array".equals(property.path("type").asString(""));
                String ref =
                    many
                        ? property.path("items").path("$ref").asString("")
                        : property.path("$ref").asString("");
                fields.put(
                    entry.getKey(),
                    new Field(
                        ref.endsWith(".json") ? ref.substring(0, ref.length() - 5) : null, many));
              });
      return Map.copyOf(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
