package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alliance.directory.hsds.ChangeSet.Draft;
import org.alliance.directory.hsds.ChangeSet.Origin;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns an HSDS JSON document into rows, following {@link HsdsModel}. A nested object's link to its
 * parent is filled in from the nesting (HSDS leaves it out); attributes and metadata get the
 * parent's id and table name. A list that is given replaces the parent's owned list; a list that is
 * missing leaves it alone, so a summary document (as in {@code service_list.json}) does not empty a
 * service.
 */
@Component
class JsonFlattener {

  private final HsdsModel model;

  JsonFlattener(HsdsModel model) {
    this.model = model;
  }

  /** Adds one document of the given type to the change set. */
  void add(ChangeSet changes, String typeName, JsonNode document, Origin origin) {
    walk(changes, model.type(typeName), document, origin, null);
  }

  private record Parent(ObjectType type, Relation relation, Draft row) {}

  private String walk(
      ChangeSet changes, ObjectType type, JsonNode json, Origin here, Parent parent) {
    if (!json.isObject()) {
      changes.problem(here.problem("a " + type.name() + " must be a JSON object"));
      return null;
    }
    JsonNode idNode = json.get("id");
    if (idNode == null || !idNode.isString() || idNode.stringValue().isBlank()) {
      changes.problem(here.at("/id").problem("a " + type.name() + " needs an id"));
      return null;
    }
    String id = idNode.stringValue();
    Draft row = changes.row(type.table(), id, here);
    scalars(changes, type, json, here, row, parent);
    if (parent != null && parent.relation().kind() != Relation.Kind.REFERENCE) {
      Relation link = parent.relation();
      changes.set(row, link.column(), parent.row().id, here);
      if (link.kind() == Relation.Kind.LINKED) {
        // The entity names the table link_id points into: the parent's (the standard's examples
        // hold placeholders).
        changes.set(row, link.entityColumn(), parent.type().name(), here);
      }
    }
    for (Relation relation : type.relations()) {
      JsonNode value = json.get(relation.property());
      if (value != null && !value.isNull()) {
        nested(changes, new Parent(type, relation, row), value, here.at("/" + relation.property()));
      }
    }
    return id;
  }

  private void scalars(
      ChangeSet changes, ObjectType type, JsonNode json, Origin here, Draft row, Parent parent) {
    Set<String> links = model.linkColumns(type.name());
    String entityColumn = parent == null ? null : parent.relation().entityColumn();
    for (Column column : type.table().columns()) {
      String name = column.name();
      JsonNode value = json.get(name);
      boolean missing = value == null || (column.extension() && value.isNull());
      if (name.equals("id")
          || name.equals(entityColumn)
          || model.managed(type.name(), name)
          || (missing && (links.contains(name) || column.extension()))) {
        continue; // set from the nesting, kept as it is, or set by the directory itself
      }
      try {
        changes.set(row, name, column.type().fromJson(value), here.at("/" + name));
      } catch (ColumnType.BadValue e) {
        changes.badValue(row, name, here.at("/" + name).problem(name + " " + e.getMessage()));
      }
    }
  }

  private void nested(ChangeSet changes, Parent parent, JsonNode value, Origin at) {
    Relation relation = parent.relation();
    ObjectType child = model.type(relation.childType());
    if (!relation.many()) {
      String childId = walk(changes, child, value, at, parent);
      if (childId != null) {
        changes.set(parent.row(), relation.column(), childId, at);
        inherit(changes, parent.row(), relation, child, childId, at);
      }
      return;
    }
    if (!value.isArray()) {
      changes.problem(at.problem(relation.property() + " must be a list"));
      return;
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      String childId = walk(changes, child, value.get(i), at.at("/" + i), parent);
      if (childId != null) {
        ids.add(childId);
      }
    }
    if (relation.owned()) {
      changes.keep(new ChangeSet.Scope(parent.type(), relation, parent.row().id), ids);
    }
  }

  /** A service's program belongs to the service's organization unless it says otherwise. */
  private static void inherit(
      ChangeSet changes,
      Draft parent,
      Relation relation,
      ObjectType child,
      String childId,
      Origin at) {
    String column = relation.inheritedColumn();
    if (column != null && parent.values.get(column) != null) {
      Draft childRow = changes.row(child.table(), childId, at);
      if (childRow.values.get(column) == null) {
        changes.set(childRow, column, parent.values.get(column), at);
      }
    }
  }
}
