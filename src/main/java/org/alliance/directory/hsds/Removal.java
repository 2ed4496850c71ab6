package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.directory.hsds.ChangeSet.Scope;
import org.springframework.stereotype.Component;

/**
 * Makes each given list of owned children exact: a child left out of its parent's list is unlinked
 * from that parent. HSDS rows can belong to several parents at once (one phone row may hold a
 * service_id, a contact_id and a location_id), so a child that still belongs elsewhere only loses
 * this link; one that belongs nowhere any more is deleted, with its own owned children treated the
 * same way first. Deleting here, rather than leaving it to the foreign keys' ON DELETE CASCADE,
 * keeps a shared phone alive when one of its parents goes.
 */
@Component
class Removal {

  private final HsdsModel model;
  private final RowStore rows;

  Removal(HsdsModel model, RowStore rows) {
    this.model = model;
    this.rows = rows;
  }

  void apply(Map<Scope, Set<String>> scopes, Outcomes outcomes) {
    Map<ListKind, Map<String, Set<String>>> byKind = new LinkedHashMap<>();
    scopes.forEach(
        (scope, keep) ->
            byKind
                .computeIfAbsent(
                    new ListKind(scope.parent(), scope.relation()), k -> new LinkedHashMap<>())
                .put(scope.parentId(), keep));
    byKind.forEach(
        (kind, keepByParent) -> {
          Table child = model.table(kind.relation().childType());
          List<Row> leftOut = new ArrayList<>();
          for (Row row : children(kind.parent(), kind.relation(), keepByParent.keySet())) {
            if (!keepByParent.get(row.text(kind.relation().column())).contains(row.id())) {
              leftOut.add(row);
            }
          }
          unlink(child, kind.relation(), leftOut, outcomes);
        });
  }

  private void unlink(Table table, Relation relation, List<Row> rowsToUnlink, Outcomes outcomes) {
    List<Row> detach = new ArrayList<>();
    List<Row> delete = new ArrayList<>();
    for (Row row : rowsToUnlink) {
      (belongsElsewhere(table, relation, row) ? detach : delete).add(row);
    }
    rows.clear(table, relation.column(), detach.stream().map(Row::id).toList());
    for (Row row : detach) {
      Map<String, Object> after = new LinkedHashMap<>(row.values());
      after.put(relation.column(), null);
      outcomes.updated(table, row.values(), after);
    }
    delete(table, delete, outcomes);
  }

  private void delete(Table table, List<Row> doomed, Outcomes outcomes) {
    if (doomed.isEmpty()) {
      return;
    }
    ObjectType type = model.type(table.name());
    List<String> ids = doomed.stream().map(Row::id).toList();
    for (Relation relation : type.relations()) {
      if (relation.owned()) {
        unlink(
            model.table(relation.childType()), relation, children(type, relation, ids), outcomes);
      }
    }
    rows.delete(table, ids);
    doomed.forEach(row -> outcomes.deleted(table, row.values()));
  }

  /** The current children of these parents through one relation. */
  private List<Row> children(
      ObjectType parent, Relation relation, java.util.Collection<String> parentIds) {
    List<Row> found = rows.where(model.table(relation.childType()), relation.column(), parentIds);
    return relation.kind() != Relation.Kind.LINKED
        ? found
        : found.stream()
            .filter(row -> parent.name().equals(row.text(relation.entityColumn())))
            .toList();
  }

  private boolean belongsElsewhere(Table table, Relation relation, Row row) {
    if (relation.kind() != Relation.Kind.CHILDREN || table.require(relation.column()).required()) {
      return false;
    }
    return model.ownerColumns(table.name()).stream()
        .anyMatch(column -> !column.equals(relation.column()) && row.get(column) != null);
  }

  private record ListKind(ObjectType parent, Relation relation) {}
}
