package org.alliance.directory.oruk;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The standard's own schemas, twice: HSDS 3.0 as published, and the Open Referral UK profile, which
 * the profile publishes as JSON merge patches (RFC 7386) on the HSDS schemas, applied here.
 */
final class OrukSchemas {

  private static final String HSDS = "https://hsds.schema.example/3.0/";
  private static final String PROFILE = "https://oruk.schema.example/3.0/";
  static final List<String> OBJECTS =
      List.of(
          "accessibility",
          "address",
          "attribute",
          "contact",
          "cost_option",
          "funding",
          "language",
          "location",
          "meta_table_description",
          "metadata",
          "organization",
          "organization_identifier",
          "phone",
          "program",
          "required_document",
          "schedule",
          "service",
          "service_area",
          "service_at_location",
          "taxonomy",
          "taxonomy_term");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry HSDS_REGISTRY =
      registry(HSDS, "classpath:standards/hsds-3.0/schema/");
  private static final SchemaRegistry PROFILE_REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemas(profileSchemas())
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private OrukSchemas() {}

  /** Problems with a document against the HSDS schema and the UK profile's version of it. */
  static List<String> problems(String schemaFile, JsonNode document) {
    List<String> problems = new java.util.ArrayList<>();
    for (String base : List.of(HSDS, PROFILE)) {
      if (base.equals(PROFILE) && schemaFile.startsWith("compiled/")) {
        continue;
      }
      Schema schema =
          (base.equals(HSDS) ? HSDS_REGISTRY : PROFILE_REGISTRY)
              .getSchema(SchemaLocation.of(base + schemaFile));
      for (Error error : schema.validate(document)) {
        problems.add(
            (base.equals(HSDS) ? "HSDS " : "ORUK ")
                + schemaFile
                + " "
                + error.getInstanceLocation()
                + ": "
                + error.getMessage());
      }
    }
    return problems;
  }

  static JsonNode read(String classpath) {
    try (InputStream in = new ClassPathResource(classpath).getInputStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SchemaRegistry registry(String base, String location) {
    return SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        builder ->
            builder
                .schemaIdResolvers(ids -> ids.mapPrefix(base, location))
                .schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  /** The profile's schemas: each HSDS schema with the profile's patch applied, by address. */
  private static Map<String, String> profileSchemas() {
    Map<String, String> schemas = new java.util.HashMap<>();
    for (String object : OBJECTS) {
      JsonNode hsds = read("standards/hsds-3.0/schema/" + object + ".json");
      ClassPathResource patch =
          new ClassPathResource("standards/oruk-uk-profile-3.0/profile/" + object + ".json");
      JsonNode merged = patch.exists() ? mergePatch(hsds.deepCopy(), read(patch.getPath())) : hsds;
      // The profile drops some tables altogether (a null patch); documents that still hold them
      // are checked against HSDS for those parts.
      if (merged.isNull()) {
        merged = hsds;
      }
      schemas.put(PROFILE + object + ".json", JSON.writeValueAsString(merged));
    }
    return schemas;
  }

  /** RFC 7386: objects merge member by member, null removes, anything else replaces. */
  static JsonNode mergePatch(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result = target.isObject() ? (ObjectNode) target : JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      if (member.getValue().isNull()) {
        result.remove(member.getKey());
      } else {
        JsonNode existing = result.get(member.getKey());
        result.set(
            member.getKey(),
            mergePatch(existing == null ? JSON.createObjectNode() : existing, member.getValue()));
      }
    }
    return result;
  }
}
