package org.alliance.directory.hsds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.alliance.directory.Excerpt;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.hsds.ChangeSet.Origin;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an HSDS JSON file: one object, an array of objects, or an API page ({@code contents}), and
 * tells what each object is. The file name decides where it says (organizations.json,
 * taxonomy_terms.json, ...), because HSDS objects carry no type; otherwise a service is known by
 * its required {@code status} and an organization, location or taxonomy term by fields only it has.
 */
final class JsonDocuments {

  /** Numbers are read exactly: 0.1 stays 0.1, not the nearest double. */
  static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final Set<String> ORGANIZATION_FIELDS =
      Set.of(
          "organization_identifiers",
          "programs",
          "locations",
          "services",
          "tax_status",
          "tax_id",
          "year_incorporated",
          "legal_status",
          "logo",
          "website",
          "parent_organization_id");
  private static final Set<String> TERM_FIELDS =
      Set.of("taxonomy_detail", "term_uri", "parent_id", "taxonomy_id", "code");

  /** One object to import, its type, and where it is. */
  record Document(String type, JsonNode json, Origin origin) {}

  private JsonDocuments() {}

  static List<Document> read(Path file, List<ImportProblem> problems) {
    String source = file.getFileName().toString();
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JacksonException e) {
      problems.add(
          new ImportProblem(
              source,
              "",
              "is not valid JSON: "
                  + Excerpt.of(e.getOriginalMessage())
                  + (e.getLocation() == null
                      ? ""
                      : " (line %d, column %d)"
                          .formatted(e.getLocation().getLineNr(), e.getLocation().getColumnNr()))));
      return List.of();
    }
    JsonNode records = root.isObject() && root.has("contents") ? root.get("contents") : root;
    List<JsonNode> list = new ArrayList<>();
    if (records.isArray()) {
      records.forEach(list::add);
    } else {
      list.add(records);
    }
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode json = list.get(i);
      String id =
          json.path("id").isString()
              ? " (id " + Excerpt.of(json.get("id").stringValue()) + ")"
              : "";
      Origin origin = new Origin(source, "record " + (i + 1) + id + " ");
      Optional<String> type = json.isObject() ? typeOf(source, json) : Optional.empty();
      if (type.isPresent()) {
        documents.add(new Document(type.get(), json, origin));
      } else {
        problems.add(
            origin.problem(
                json.isObject()
                    ? "cannot tell which kind of HSDS object this is: a service needs a status; name the file "
                        + "organizations.json, locations.json, taxonomies.json or taxonomy_terms.json for the others"
                    : "must be a JSON object"));
      }
    }
    return documents;
  }

  static Optional<String> typeOf(String fileName, JsonNode json) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.contains("taxonomy_term")) {
      return Optional.of("taxonomy_term");
    } else if (name.contains("taxonom")) {
      return Optional.of("taxonomy");
    } else if (name.contains("service_at_location")) {
      return Optional.of("service_at_location");
    } else if (json.has("status")) {
      return Optional.of("service");
    } else if (name.contains("location") || json.has("location_type")) {
      return Optional.of("location");
    } else if (name.contains("organization")
        || name.contains("organisation")
        || ORGANIZATION_FIELDS.stream().anyMatch(json::has)) {
      return Optional.of("organization");
    } else if (TERM_FIELDS.stream().anyMatch(json::has)) {
      return Optional.of("taxonomy_term");
    }
    return Optional.empty();
  }
}
