package org.alliance.directory.hsds;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A service document checked against the HSDS 3.0 schema before it goes anywhere: how a feed's
 * repaired record is known to be one the importer will take, record by record, so one bad record is
 * left out rather than the whole feed refused.
 */
@Component
public class StandardCheck {

  private final HsdsSchemas schemas;

  StandardCheck(HsdsSchemas schemas) {
    this.schemas = schemas;
  }

  /** Each way the service breaks the schema, as "pointer: message"; empty when it keeps it. */
  public List<String> serviceProblems(JsonNode service) {
    return schemas.validate("service", service).stream()
        .map(v -> (v.pointer().isEmpty() ? "/" : v.pointer()) + ": " + v.message())
        .toList();
  }
}
