package org.alliance.commissioning.ocds;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The OCDS 1.1.5 release package schema (draft 4), from the copy under {@code
 * standards/ocds-1.1.5}: the package schema refers to the release schema by its published address,
 * which is mapped to that copy, so checking never reaches the network. Formats (date-time, uri) are
 * asserted.
 */
@Component
public class OcdsSchema {

  static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";

  private final Schema releasePackage;

  OcdsSchema() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder ->
                builder
                    .schemaIdResolvers(
                        ids -> ids.mapPrefix(BASE, "classpath:standards/ocds-1.1.5/"))
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    releasePackage = registry.getSchema(SchemaLocation.of(BASE + "release-package-schema.json"));
  }

  /** Each problem as a JSON pointer and a message; empty when the package is valid. */
  public List<String> problems(JsonNode document) {
    return releasePackage.validate(document).stream().map(OcdsSchema::describe).toList();
  }

  private static String describe(Error error) {
    String at = error.getInstanceLocation().toString();
    return (at.isEmpty() ? "/" : at) + ": " + error.getMessage();
  }
}
