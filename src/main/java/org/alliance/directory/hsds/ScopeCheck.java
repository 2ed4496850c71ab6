package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.hsds.ChangeSet.Draft;
import org.alliance.directory.hsds.ChangeSet.Origin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules of {@link ScopedImport}: who looks after a new organization, and whether an editor's
 * upload changed only entries they look after.
 *
 * <p>Ownership is found the way {@link ChangeLog} finds the documents a change touches: each
 * changed row (before and after, so a service moved away from another organisation counts) is
 * traced up the model to the services and organizations that include it; a service stands for its
 * organization. Unlike the change log, each row carries the changes that led to it, so a refusal
 * can name the records responsible. A row a change now refers to (a location, an organization) is
 * traced too: referring to a shared row is touching it. Taxonomies, terms and units are not traced:
 * a common term reaches most of the directory, and they belong to no organisation, so an editor may
 * add them but not change them.
 */
@Component
class ScopeCheck {

  static final String LINK = "alliance_organisation_id";

  private static final Set<String> SHARED =
      Set.of("taxonomy", "taxonomy_term", "unit", "meta_table_description");

  private final HsdsModel model;
  private final RowStore rows;
  private final JdbcClient jdbc;

  ScopeCheck(HsdsModel model, RowStore rows, JdbcClient jdbc) {
    this.model = model;
    this.rows = rows;
    this.jdbc = jdbc;
  }

  /**
   * Drops any looking-after organisation the upload names, and links new organizations to the
   * editor's.
   */
  void link(ChangeSet changes, EditorScope scope) {
    Map<String, Draft> organizations = changes.rows().getOrDefault("organization", Map.of());
    for (Draft draft : organizations.values()) {
      draft.values.remove(LINK);
      draft.origins.remove(LINK);
    }
    if (scope.everything() || scope.organisation() == null || organizations.isEmpty()) {
      return;
    }
    Set<String> existing =
        new HashSet<>(rows.ids(model.table("organization"), organizations.keySet()));
    organizations.values().stream()
        .filter(draft -> !existing.contains(draft.id))
        .forEach(draft -> draft.values.put(LINK, scope.organisation()));
  }

  /** Every record of the upload that changed something outside the editor's scope, as problems. */
  List<ImportProblem> outside(
      List<Outcomes.Change> changes, ChangeSet set, String source, EditorScope scope) {
    Map<Integer, Set<String>> reached = new HashMap<>();
    List<Node> level = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      Outcomes.Change change = changes.get(i);
      for (Map<String, Object> values : Arrays.asList(change.before(), change.after())) {
        if (values != null) {
          level.add(new Node(new Row(change.table(), values), Set.of(i)));
        }
      }
    }
    level.addAll(referenced(changes));
    Map<String, Set<Integer>> visited = new HashMap<>();
    while (!level.isEmpty()) {
      level = up(level, visited, reached);
    }

    Map<String, Organization> organizations = organizations(reached);
    // Named as they were: the upload may have renamed them.
    for (Outcomes.Change change : changes) {
      if (change.table().name().equals("organization") && change.before() != null) {
        organizations.computeIfPresent(
            (String) change.before().get("id"),
            (id, now) -> new Organization(id, (String) change.before().get("name"), now.link()));
      }
    }
    Map<Origin, Set<String>> byRecord = new LinkedHashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      Outcomes.Change change = changes.get(i);
      Set<String> owners = reached.getOrDefault(i, Set.of());
      Origin record = origin(change, set, source);
      if (owners.isEmpty() && change.before() != null) {
        byRecord
            .computeIfAbsent(record, r -> new LinkedHashSet<>())
            .add(
                "changes %s %s, which no organisation's entry holds (it is shared by the whole directory); only an administrator can change it"
                    .formatted(change.table().name(), change.before().get("id")));
      }
      for (String owner : owners) {
        Organization organization = organizations.get(owner);
        if (organization != null && !organization.within(scope)) {
          byRecord
              .computeIfAbsent(record, r -> new LinkedHashSet<>())
              .add(
                  "changes the entries of %s (organization %s), which you do not look after"
                      .formatted(organization.name(), organization.id()));
        }
      }
    }
    if (!scope.everything()) {
      for (Outcomes.Change change : changes) {
        if (unhides(change)) {
          byRecord
              .computeIfAbsent(origin(change, set, source), r -> new LinkedHashSet<>())
              .add(
                  "publishes the address of location %s, which is hidden; only an administrator can publish a hidden address"
                      .formatted(change.before().get("id")));
        }
      }
    }
    List<ImportProblem> problems = new ArrayList<>();
    byRecord.forEach(
        (record, messages) -> messages.forEach(message -> problems.add(record.problem(message))));
    return problems;
  }

  /**
   * Whether a change makes a hidden place's address public. An editor's upload publishes at once,
   * with no second person, so it may not do this; the same editor's own organisation may well hold
   * the refuge, which is why scope alone does not stop it.
   */
  private static boolean unhides(Outcomes.Change change) {
    return change.table().name().equals("location")
        && change.before() != null
        && change.after() != null
        && isTrue(change.before().get("address_hidden"))
        && !isTrue(change.after().get("address_hidden"));
  }

  private static boolean isTrue(Object value) {
    return value != null && "true".equalsIgnoreCase(value.toString());
  }

  /**
   * The rows each change's new values refer to (a service at a location's location, a location's
   * organization, ...), as rows it touches: linking your service to a place makes the place part of
   * your service's document, so a place another organisation uses (and its hidden address) is not
   * yours to link. Rows the whole directory shares (terms, taxonomies, units) belong to no
   * organisation and may be referred to by anyone.
   */
  private List<Node> referenced(List<Outcomes.Change> changes) {
    Map<String, Map<String, Set<Integer>>> byTable = new LinkedHashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      Outcomes.Change change = changes.get(i);
      if (change.after() == null) {
        continue;
      }
      for (Map.Entry<String, String> key : change.table().foreignKeys().entrySet()) {
        Object id = change.after().get(key.getKey());
        if (id != null && !SHARED.contains(key.getValue())) {
          byTable
              .computeIfAbsent(key.getValue(), t -> new LinkedHashMap<>())
              .computeIfAbsent(id.toString(), k -> new HashSet<>())
              .add(i);
        }
      }
    }
    List<Node> nodes = new ArrayList<>();
    byTable.forEach(
        (table, byId) ->
            rows.where(model.table(table), "id", byId.keySet())
                .forEach(row -> nodes.add(new Node(row, byId.get(row.id())))));
    return nodes;
  }

  /** A row reached while tracing, and the changes (by index) that reached it. */
  private record Node(Row row, Set<Integer> culprits) {}

  private List<Node> up(
      List<Node> level, Map<String, Set<Integer>> visited, Map<Integer, Set<String>> reached) {
    Map<String, Map<String, Set<Integer>>> parents = new LinkedHashMap<>();
    Map<Map.Entry<String, String>, Map<String, Set<Integer>>> referrers = new LinkedHashMap<>();
    for (Node node : level) {
      String table = node.row().table().name();
      if (table.equals("organization") || table.equals("service")) {
        String owner =
            table.equals("organization") ? node.row().id() : node.row().text("organization_id");
        if (owner != null) {
          node.culprits()
              .forEach(
                  culprit ->
                      reached.computeIfAbsent(culprit, c -> new LinkedHashSet<>()).add(owner));
        }
        continue;
      }
      if (SHARED.contains(table)) {
        continue;
      }
      for (Map.Entry<ObjectType, Relation> into : model.relationsInto(table)) {
        String parentType = into.getKey().name();
        Relation relation = into.getValue();
        if (relation.rootOnly() || SHARED.contains(parentType)) {
          continue;
        }
        if (relation.kind() == Relation.Kind.REFERENCE) {
          referrers
              .computeIfAbsent(Map.entry(parentType, relation.column()), k -> new LinkedHashMap<>())
              .computeIfAbsent(node.row().id(), k -> new HashSet<>())
              .addAll(node.culprits());
        } else if (node.row().get(relation.column()) != null
            && (relation.entityColumn() == null
                || parentType.equals(node.row().get(relation.entityColumn())))) {
          parents
              .computeIfAbsent(parentType, k -> new LinkedHashMap<>())
              .computeIfAbsent(node.row().text(relation.column()), k -> new HashSet<>())
              .addAll(node.culprits());
        }
      }
    }
    List<Node> next = new ArrayList<>();
    parents.forEach(
        (table, byId) ->
            rows.where(model.table(table), "id", byId.keySet())
                .forEach(row -> visit(row, byId.get(row.id()), visited, next)));
    referrers.forEach(
        (key, byId) ->
            rows.where(model.table(key.getKey()), key.getValue(), byId.keySet())
                .forEach(row -> visit(row, byId.get(row.text(key.getValue())), visited, next)));
    return next;
  }

  /**
   * Goes on from a row only with changes that have not reached it before, so shared rows are
   * expanded once each.
   */
  private static void visit(
      Row row, Set<Integer> culprits, Map<String, Set<Integer>> visited, List<Node> next) {
    Set<Integer> seen =
        visited.computeIfAbsent(row.table().name() + "/" + row.id(), k -> new HashSet<>());
    Set<Integer> fresh = new HashSet<>(culprits);
    fresh.removeAll(seen);
    if (!fresh.isEmpty()) {
      seen.addAll(fresh);
      next.add(new Node(row, fresh));
    }
  }

  private record Organization(String id, String name, UUID link) {
    /** An organization linked to no member is the administrators' until someone links it. */
    boolean within(EditorScope scope) {
      return scope.everything() || (link != null && link.equals(scope.organisation()));
    }
  }

  private Map<String, Organization> organizations(Map<Integer, Set<String>> reached) {
    Set<String> ids = new HashSet<>();
    reached.values().forEach(ids::addAll);
    Map<String, Organization> found = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql(
              "select id, name, alliance_organisation_id from directory.organization where id = any(:ids)")
          .param("ids", ids.toArray(String[]::new))
          .query(
              (rs, n) ->
                  new Organization(
                      rs.getString("id"),
                      rs.getString("name"),
                      rs.getObject("alliance_organisation_id", UUID.class)))
          .list()
          .forEach(organization -> found.put(organization.id(), organization));
    }
    return found;
  }

  /**
   * The upload's record behind a change: the row's own, or for a row removed because its parent's
   * list left it out, the parent's.
   */
  private static Origin origin(Outcomes.Change change, ChangeSet set, String source) {
    String table = change.table().name();
    Map<String, Object> values = change.after() != null ? change.after() : change.before();
    Draft draft = set.rows().getOrDefault(table, Map.of()).get((String) values.get("id"));
    if (draft != null) {
      return draft.origin.record();
    }
    for (ChangeSet.Scope scope : set.scopes().keySet()) {
      Relation relation = scope.relation();
      if (change.before() != null
          && relation.childType().equals(table)
          && Objects.equals(
              scope.parentId(), String.valueOf(change.before().get(relation.column())))) {
        Draft parent =
            set.rows().getOrDefault(scope.parent().name(), Map.of()).get(scope.parentId());
        if (parent != null) {
          return parent.origin.record();
        }
      }
    }
    return new Origin(source, table + " " + values.get("id"));
  }
}
