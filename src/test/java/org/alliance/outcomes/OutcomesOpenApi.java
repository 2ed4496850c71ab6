package org.alliance.outcomes;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/** The outcomes API's own OpenAPI description, which the API tests hold every answer to. */
public final class OutcomesOpenApi {

  private static final String ID = "urn:alliance:outcomes-openapi";

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemas(Map.of(ID, description()))
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private OutcomesOpenApi() {}

  /** The description as the application serves it. */
  public static String description() {
    try (var in = new ClassPathResource("api/outcomes-openapi.json").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where {@code body} breaks the description's schema {@code schema}; empty when it keeps it. */
  public static List<String> problems(String schema, JsonNode body) {
    return SCHEMAS
        .getSchema(SchemaLocation.of(ID + "#/components/schemas/" + schema))
        .validate(body)
        .stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }
}
