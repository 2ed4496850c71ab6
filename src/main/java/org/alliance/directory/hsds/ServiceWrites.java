package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.List;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.hsds.ChangeSet.Origin;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

@Component
class ServiceWrites implements ServiceRecords {

  private static final String SOURCE = "service";

  private final HsdsSchemas schemas;
  private final JsonFlattener flattener;
  private final ReferenceCheck references;
  private final TreeWriter writer;
  private final ScopeCheck scopeCheck;

  ServiceWrites(
      HsdsSchemas schemas,
      JsonFlattener flattener,
      ReferenceCheck references,
      TreeWriter writer,
      ScopeCheck scopeCheck) {
    this.schemas = schemas;
    this.flattener = flattener;
    this.references = references;
    this.writer = writer;
    this.scopeCheck = scopeCheck;
  }

  @Override
  public List<ImportProblem> check(ObjectNode service) {
    List<ImportProblem> problems = new ArrayList<>();
    schemas
        .validate("service", service)
        .forEach(v -> problems.add(new ImportProblem(SOURCE, v.pointer(), v.message())));
    if (problems.isEmpty()) {
      problems.addAll(changes(service).problems());
    }
    return problems;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void write(ObjectNode service) {
    if (!schemas.validate("service", service).isEmpty()) {
      throw new IllegalArgumentException(
          "the service does not match the HSDS schema: " + check(service));
    }
    ChangeSet changes = changes(service);
    if (!changes.problems().isEmpty()) {
      throw new IllegalArgumentException("the service cannot be written: " + changes.problems());
    }
    writer.write(changes);
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public List<ImportProblem> writeWithin(ObjectNode service, EditorScope scope) {
    if (!schemas.validate("service", service).isEmpty()) {
      throw new IllegalArgumentException(
          "the service does not match the HSDS schema: " + check(service));
    }
    ChangeSet changes = changes(service);
    if (!changes.problems().isEmpty()) {
      throw new IllegalArgumentException("the service cannot be written: " + changes.problems());
    }
    Outcomes outcomes = writer.write(changes);
    return scope.everything()
        ? List.of()
        : scopeCheck.outside(outcomes.changes(), changes, SOURCE, scope);
  }

  private ChangeSet changes(ObjectNode service) {
    ChangeSet changes = new ChangeSet();
    flattener.add(changes, "service", service, new Origin(SOURCE, ""));
    if (changes.problems().isEmpty()) {
      references.check(changes);
    }
    return changes;
  }
}
