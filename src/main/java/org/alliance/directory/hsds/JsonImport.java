package org.alliance.directory.hsds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alliance.directory.ImportProblem;
import org.springframework.stereotype.Component;

/**
 * Reads a JSON file into a change set: each document is checked against its HSDS schema first, and
 * one that fails is reported and left out whole (its id still counts as present, so documents that
 * refer to it do not add a second, misleading problem).
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
      List<HsdsSchemas.Violation> violations =
          schemas.covers(document.type()) ? schemas.validate(document.type(), document.json()) : List.of();
      if (violations.isEmpty()) {
        flattener.add(changes, document.type(), document.json(), document.origin());
      } else {
        violations.forEach(v -> problems.add(document.origin().at(v.pointer()).problem(v.message())));
        if (document.json().path("id").isString()) {
          changes.refuse(document.type(), document.json().get("id").stringValue());
        }
      }
    }
    problems.forEach(changes::problem);
  }
}
