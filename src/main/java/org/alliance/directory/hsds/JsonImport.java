package org.alliance.directory.hsds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.directory.ImportProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON file into a change set: each document is checked against its HSDS schema first, and
 * one that fails is reported and left out whole (its id still counts as present, so documents that
 * refer to it do not add a second, misleading problem). The services inside an organization or a
 * service at a location are in the API's documents but not in those schemas, so they are checked
 * against the service schema separately.
 */
@Component
class JsonImport {

  private final HsdsSchemas schemas;
  private final JsonFlattener flattener;

  JsonImport(HsdsSchemas schemas, JsonFlattener flattener) {
    this.schemas = schemas;
    this.flattener = flattener;
  }

  void read(Path file, ChangeSet changes) {
    List<ImportProblem> problems = new ArrayList<>();
    for (JsonDocuments.Document document : JsonDocuments.read(file, problems)) {
      List<HsdsSchemas.Violation> violations = violations(document);
      if (violations.isEmpty()) {
        flattener.add(changes, document.type(), document.json(), document.origin());
      } else {
        violations.forEach(
            v -> problems.add(document.origin().at(v.pointer()).problem(v.message())));
        if (document.json().path("id").isString()) {
          changes.refuse(document.type(), document.json().get("id").stringValue());
        }
      }
    }
    problems.forEach(changes::problem);
  }

  private List<HsdsSchemas.Violation> violations(JsonDocuments.Document document) {
    List<HsdsSchemas.Violation> violations = new ArrayList<>();
    if (schemas.covers(document.type())) {
      violations.addAll(schemas.validate(document.type(), document.json()));
    }
    nestedServices(document)
        .forEach(
            (pointer, service) ->
                schemas
                    .validate("service", service)
                    .forEach(
                        v ->
                            violations.add(
                                new HsdsSchemas.Violation(pointer + v.pointer(), v.message()))));
    return violations;
  }

  /**
   * The services inside an organization ({@code services}) or a service at a location ({@code
   * service}), by pointer.
   */
  private static Map<String, JsonNode> nestedServices(JsonDocuments.Document document) {
    Map<String, JsonNode> nested = new LinkedHashMap<>();
    JsonNode json = document.json();
    if (document.type().equals("organization") && json.path("services").isArray()) {
      for (int i = 0; i < json.get("services").size(); i++) {
        nested.put("/services/" + i, json.get("services").get(i));
      }
    } else if (document.type().equals("service_at_location") && json.path("service").isObject()) {
      nested.put("/service", json.get("service"));
    }
    return nested;
  }
}
