package org.alliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generator gives the same bytes for the same seed, and every service is a valid HSDS service.
 */
class HsdsGeneratorTests {

  /**
   * As in HsdsSchemaTests: the schema files refer to each other by name, so they load under a
   * made-up base.
   */
  private static final String BASE = "https://hsds.schema.example/3.0/";

  private static final Schema SERVICE =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder
                      .schemaIdResolvers(
                          ids -> ids.mapPrefix(BASE, "classpath:standards/hsds-3.0/schema/"))
                      .schemaRegistryConfig(
                          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(SchemaLocation.of(BASE + "service.json"));

  @TempDir Path temp;

  @Test
  void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws Exception {
    new HsdsGenerator(7, 120).write(temp.resolve("a"), 0, 120);
    new HsdsGenerator(7, 120).write(temp.resolve("b"), 0, 120);
    new HsdsGenerator(8, 120).write(temp.resolve("c"), 0, 120);
    assertThat(Files.mismatch(temp.resolve("a/hsds.json"), temp.resolve("b/hsds.json")))
        .isEqualTo(-1);
    assertThat(Files.mismatch(temp.resolve("a/hsds.json"), temp.resolve("c/hsds.json")))
        .isNotEqualTo(-1);
    assertThat(temp.resolve("a/taxonomies.json")).exists();
    assertThat(temp.resolve("a/taxonomy_terms.json")).exists();
  }

  @Test
  void batchesHoldTheSameServicesWhereverTheWholeIsCut() throws Exception {
    HsdsGenerator generator = new HsdsGenerator(7, 100);
    generator.write(temp.resolve("whole"), 0, 100);
    generator.write(temp.resolve("first"), 0, 37);
    generator.write(temp.resolve("rest"), 37, 100);
    JsonNode whole = read(temp.resolve("whole/hsds.json"));
    assertThat(whole.get(0)).isEqualTo(read(temp.resolve("first/hsds.json")).get(0));
    assertThat(whole.get(37)).isEqualTo(read(temp.resolve("rest/hsds.json")).get(0));
    assertThat(whole.get(99)).isEqualTo(read(temp.resolve("rest/hsds.json")).get(62));
  }

  @Test
  void everyServiceIsAValidHsdsServiceWithWhatTheBenchmarkSearches() throws Exception {
    new HsdsGenerator(7, 300).write(temp, 0, 300);
    JsonNode services = read(temp.resolve("hsds.json"));
    assertThat(services.size()).isEqualTo(300);
    for (JsonNode service : services) {
      assertThat(SERVICE.validate(service)).as(service.get("id").asString()).isEmpty();
      assertThat(service.get("service_at_locations").size()).isBetween(1, 2);
      JsonNode location = service.get("service_at_locations").get(0).get("location");
      assertThat(location.get("latitude").asDouble()).isBetween(52.38, 52.50);
      assertThat(location.get("longitude").asDouble()).isBetween(-1.43, -1.13);
      assertThat(location.get("addresses").get(0).get("postal_code").asString()).startsWith("BK");
      assertThat(service.get("schedules").get(0).get("freq").asString()).isEqualTo("WEEKLY");
      assertThat(service.get("attributes").size()).isBetween(1, 3);
    }
    assertThat(services.findValues("minimum_age")).isNotEmpty();
    assertThat(services.findValues("maximum_age")).isNotEmpty();
  }

  private static JsonNode read(Path file) {
    return JsonMapper.builder().build().readTree(file.toFile());
  }
}
