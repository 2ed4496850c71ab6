package org.alliance.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every demo service, taxonomy and taxonomy term validates against the HSDS 3.0 JSON schemas. */
class HsdsSchemaTests {

  /**
   * The HSDS schema files have no $id and refer to each other by file name ("phone.json"), so they
   * are loaded under a made-up base IRI that maps onto the copy on the classpath. Format assertions
   * are on, so ids must really be UUIDs and emails and URLs well formed.
   */
  private static final String BASE = "https://hsds.schema.example/3.0/";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaIdResolvers(
                      ids -> ids.mapPrefix(BASE, "classpath:standards/hsds-3.0/schema/"))
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  static Schema schema(String file) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + file));
  }

  @Test
  void everyServiceIsAValidHsdsService() {
    assertEveryObjectValid("services.json", "service.json");
  }

  @Test
  void everyTaxonomyIsAValidHsdsTaxonomy() {
    assertEveryObjectValid("taxonomies.json", "taxonomy.json");
  }

  @Test
  void everyTaxonomyTermIsAValidHsdsTaxonomyTerm() {
    assertEveryObjectValid("taxonomy_terms.json", "taxonomy_term.json");
  }

  @Test
  void theValidatorReallyChecksNestedObjectsAndFormats() {
    // Guards against a validator that passes everything, for example because a $ref failed to load.
    ObjectNode service = (ObjectNode) DemoDirectory.array("services.json").get(0).deepCopy();
    service.put("status", "open all hours");
    ((ObjectNode) service.get("phones").get(0)).put("id", "not-a-uuid");
    ((ObjectNode)
            service.get("service_at_locations").get(0).get("location").get("addresses").get(0))
        .remove("city");
    List<Error> errors = schema("service.json").validate(service);
    assertThat(errors)
        .extracting(e -> e.getInstanceLocation().toString())
        .anySatisfy(path -> assertThat(path).contains("status"))
        .anySatisfy(path -> assertThat(path).contains("phones"))
        .anySatisfy(path -> assertThat(path).contains("addresses"));
  }

  private static void assertEveryObjectValid(String file, String schemaFile) {
    Schema schema = schema(schemaFile);
    List<JsonNode> objects = DemoDirectory.array(file);
    assertThat(objects).isNotEmpty();
    for (JsonNode object : objects) {
      assertThat(schema.validate(object))
          .as("%s: %s", file, object.path("name").asString())
          .isEmpty();
    }
  }
}
