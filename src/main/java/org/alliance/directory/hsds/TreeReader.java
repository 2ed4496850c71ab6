package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assembles HSDS JSON documents from the tables, breadth first: all objects of one level are
 * expanded together, one query per (table, linking column) per level, whatever the number of
 * documents. A full service is about seven levels deep, so a page of services costs a few dozen
 * queries, not thousands.
 */
@Component
class TreeReader {

  /** How much of each document to assemble. */
  enum Shape {
    /** everything the model nests, as {@code service_full.json} */
    FULL,
    /**
     * the object's own fields and its single references' own fields, as {@code service_list.json}
     */
    SUMMARY
  }

  private final HsdsModel model;
  private final RowStore rows;
  private final HiddenPlaces hiddenPlaces;

  TreeReader(HsdsModel model, RowStore rows, HiddenPlaces hiddenPlaces) {
    this.model = model;
    this.rows = rows;
    this.hiddenPlaces = hiddenPlaces;
  }

  /**
   * Documents for the given ids in the given order; ids with no row are left out.
   *
   * @param extensions whether to include Alliance's columns beyond HSDS (for export, not for the
   *     API)
   * @param viewer who will see the documents: hidden places they may not see are withheld ({@link
   *     HiddenPlaces}), here, so that no reader of documents can forget to
   */
  List<ObjectNode> read(
      String typeName, List<String> ids, Shape shape, boolean extensions, Viewer viewer) {
    ObjectType type = model.type(typeName);
    Map<String, Row> found = new LinkedHashMap<>();
    rows.where(type.table(), "id", ids).forEach(row -> found.put(row.id(), row));
    List<ObjectNode> documents = new ArrayList<>();
    List<Node> level = new ArrayList<>();
    for (String id : ids) {
      Row row = found.get(id);
      if (row != null) {
        Node root = node(type, row, null, null, extensions);
        documents.add(root.json());
        level.add(root);
      }
    }
    while (!level.isEmpty()) {
      level = expand(level, shape, extensions);
    }
    return hiddenPlaces.hide(documents, viewer);
  }

  private List<Node> expand(List<Node> level, Shape shape, boolean extensions) {
    Map<Lookup, List<Pending>> lookups = new LinkedHashMap<>();
    for (Node node : level) {
      for (Relation relation : node.type().relations()) {
        if (follows(node, relation, shape)) {
          ObjectType child = model.type(relation.childType());
          String key =
              relation.kind() == Relation.Kind.REFERENCE
                  ? node.row().text(relation.column())
                  : node.row().id();
          String column = relation.kind() == Relation.Kind.REFERENCE ? "id" : relation.column();
          if (key != null) {
            lookups
                .computeIfAbsent(new Lookup(child, column), k -> new ArrayList<>())
                .add(new Pending(node, relation, key));
          }
        }
      }
    }
    List<Node> next = new ArrayList<>();
    lookups.forEach(
        (lookup, pending) -> {
          Map<String, List<Row>> byKey = new LinkedHashMap<>();
          List<String> keys = pending.stream().map(Pending::key).distinct().toList();
          for (Row row : rows.where(lookup.type().table(), lookup.column(), keys)) {
            byKey.computeIfAbsent(row.text(lookup.column()), k -> new ArrayList<>()).add(row);
          }
          for (Pending p : pending) {
            attach(p, lookup.type(), byKey.getOrDefault(p.key(), List.of()), extensions, next);
          }
        });
    return next;
  }

  private void attach(
      Pending p, ObjectType childType, List<Row> matches, boolean extensions, List<Node> next) {
    Relation relation = p.relation();
    List<Row> children =
        relation.kind() != Relation.Kind.LINKED
            ? matches
            : matches.stream()
                // Attributes and metadata name their parent's table as well as its id.
                .filter(row -> p.node().type().name().equals(row.text(relation.entityColumn())))
                .toList();
    if (children.isEmpty()) {
      return; // empty lists are left out, as in the standard's examples
    }
    if (relation.many()) {
      var array = p.node().json().putArray(relation.property());
      for (Row row : children) {
        Node child = node(childType, row, p.node(), relation, extensions);
        array.add(child.json());
        next.add(child);
      }
    } else {
      Node child = node(childType, children.get(0), p.node(), relation, extensions);
      p.node().json().set(relation.property(), child.json());
      next.add(child);
    }
  }

  private static boolean follows(Node node, Relation relation, Shape shape) {
    if (shape == Shape.SUMMARY) {
      return node.parent() == null
          && relation.kind() == Relation.Kind.REFERENCE
          && !relation.rootOnly();
    }
    if (relation.rootOnly() && node.parent() != null) {
      return false;
    }
    // Never straight back to the parent through the link we came by (organization → services →
    // organization).
    Relation via = node.via();
    return via == null
        || !(relation.childType().equals(node.parent().type().name())
            && relation.column().equals(via.column())
            && relation
                .columnTable(node.type().name())
                .equals(via.columnTable(node.parent().type().name())));
  }

  private Node node(ObjectType type, Row row, Node parent, Relation via, boolean extensions) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    Set<String> links = model.linkColumns(type.name());
    for (Column column : type.table().columns()) {
      Object value = row.get(column.name());
      if (value != null && !links.contains(column.name()) && (extensions || !column.extension())) {
        json.set(column.name(), column.type().toJson(value));
      }
    }
    return new Node(type, row, json, parent, via);
  }

  private record Node(ObjectType type, Row row, ObjectNode json, Node parent, Relation via) {}

  private record Lookup(ObjectType type, String column) {}

  private record Pending(Node node, Relation relation, String key) {}
}
