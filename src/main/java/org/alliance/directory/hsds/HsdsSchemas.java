package org.alliance.directory.hsds;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Checks documents against the HSDS 3.0 JSON schemas copied under {@code
 * standards/hsds-3.0/schema}. The schemas have no {@code $id} and refer to each other by file name
 * ({@code "phone.json"}), so they are loaded under a made-up base IRI that maps to that classpath
 * folder. Types, required properties and enumerations are checked. Formats (uuid, email, uri) are
 * only annotations in draft 2020-12 and are not asserted: many real feeds have ids that are not
 * UUIDs and web sites without a scheme, and refusing a whole import for those would help nobody.
 */
@Component
class HsdsSchemas {

  private static final String BASE = "https://schemas.alliance.invalid/hsds-3.0/";

  /** Keywords HSDS adds for its data package and documentation; they validate nothing. */
  private static final List<String> HSDS_KEYWORDS =
      List.of(
          "name",
          "path",
          "datapackage_metadata",
          "constraints",
          "example",
          "core",
          "datapackage_type",
          "tabular_required");

  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  HsdsSchemas() {
    Dialect.Builder dialect = Dialect.builder(Dialects.getDraft202012());
    HSDS_KEYWORDS.forEach(keyword -> dialect.keyword(new NonValidationKeyword(keyword)));
    registry =
        SchemaRegistry.withDefaultDialect(
            dialect.build(),
            builder ->
                builder.schemaIdResolvers(
                    ids -> ids.mapPrefix(BASE, "classpath:standards/hsds-3.0/schema/")));
  }

  /** Whether the standard has a schema for this object type (Alliance's additions have none). */
  boolean covers(String typeName) {
    return getClass()
            .getClassLoader()
            .getResource("standards/hsds-3.0/schema/" + typeName + ".json")
        != null;
  }

  /** Each problem as a JSON pointer into the document and a message. */
  List<Violation> validate(String typeName, JsonNode document) {
    Schema schema =
        schemas.computeIfAbsent(
            typeName, t -> registry.getSchema(SchemaLocation.of(BASE + t + ".json")));
    return schema.validate(document).stream().map(HsdsSchemas::violation).toList();
  }

  private static Violation violation(Error error) {
    String pointer = error.getInstanceLocation().toString();
    if (error.getProperty() != null && "required".equals(error.getKeyword())) {
      pointer = pointer + "/" + error.getProperty();
    }
    return new Violation(pointer, error.getMessage());
  }

  record Violation(String pointer, String message) {}
}
