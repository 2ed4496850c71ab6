package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A data package is a whole dataset: for every parent row in it, its owned children are exactly the
 * package's rows that point at it. So a phone dropped from phones.csv is dropped from its service
 * too. Only tables whose file is in the package take part.
 */
final class CsvScopes {

  private final HsdsModel model;

  CsvScopes(HsdsModel model) {
    this.model = model;
  }

  void add(ChangeSet changes, List<Table> read) {
    Set<String> tables = read.stream().map(Table::name).collect(Collectors.toSet());
    for (ObjectType parent : model.types()) {
      if (!tables.contains(parent.name())) {
        continue;
      }
      for (Relation relation : parent.relations()) {
        if (relation.owned() && tables.contains(relation.childType())) {
          Map<String, List<String>> byParent = childrenByParent(changes, parent, relation);
          for (String parentId : changes.rows().getOrDefault(parent.name(), Map.of()).keySet()) {
            changes.keep(
                new ChangeSet.Scope(parent, relation, parentId),
                byParent.getOrDefault(parentId, List.of()));
          }
        }
      }
    }
  }

  private static Map<String, List<String>> childrenByParent(
      ChangeSet changes, ObjectType parent, Relation relation) {
    Map<String, List<String>> byParent = new LinkedHashMap<>();
    changes
        .rows()
        .getOrDefault(relation.childType(), Map.of())
        .forEach(
            (id, child) -> {
              Object parentId = child.values.get(relation.column());
              boolean sameEntity =
                  relation.entityColumn() == null
                      || parent.name().equals(child.values.get(relation.entityColumn()));
              if (parentId != null && sameEntity) {
                byParent.computeIfAbsent(parentId.toString(), k -> new ArrayList<>()).add(id);
              }
            });
    return byParent;
  }
}
