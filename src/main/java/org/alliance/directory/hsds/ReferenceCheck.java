package org.alliance.directory.hsds;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.directory.Excerpt;
import org.alliance.directory.hsds.ChangeSet.Draft;
import org.springframework.stereotype.Component;

/**
 * The checks that need the database: a required column may be missing from a row that already
 * exists (it keeps its value) but not from a new one, and every foreign key (the data package's,
 * plus the capacity tables') must name a row in the import or already in the directory. One query
 * per table, never per row.
 */
@Component
class ReferenceCheck {

  private final HsdsModel model;
  private final RowStore rows;

  ReferenceCheck(HsdsModel model, RowStore rows) {
    this.model = model;
    this.rows = rows;
  }

  void check(ChangeSet changes) {
    Map<String, Set<String>> wanted = new LinkedHashMap<>();
    changes
        .rows()
        .forEach(
            (tableName, drafts) -> {
              Table table = model.table(tableName);
              Set<String> existing = existingIds(table, drafts.keySet());
              for (Draft draft : drafts.values()) {
                required(changes, table, draft, existing.contains(draft.id));
                table
                    .foreignKeys()
                    .forEach(
                        (column, target) -> {
                          Object value = draft.values.get(column);
                          if (value != null && !changes.contains(target, value.toString())) {
                            wanted
                                .computeIfAbsent(target, t -> new HashSet<>())
                                .add(value.toString());
                          }
                        });
              }
            });
    Map<String, Set<String>> found = new LinkedHashMap<>();
    wanted.forEach((target, ids) -> found.put(target, existingIds(model.table(target), ids)));
    changes
        .rows()
        .forEach(
            (tableName, drafts) -> {
              Map<String, String> keys = model.table(tableName).foreignKeys();
              for (Draft draft : drafts.values()) {
                keys.forEach(
                    (column, target) -> {
                      Object value = draft.values.get(column);
                      if (value != null
                          && wanted.getOrDefault(target, Set.of()).contains(value.toString())
                          && !found.get(target).contains(value.toString())) {
                        changes.problem(
                            draft
                                .originOf(column)
                                .problem(
                                    "%s '%s' matches no %s in this import or in the directory"
                                        .formatted(column, Excerpt.of(value), target)));
                      }
                    });
              }
            });
  }

  private static void required(ChangeSet changes, Table table, Draft draft, boolean exists) {
    for (Column column : table.columns()) {
      if (!column.required()
          || column.name().equals("id")
          || draft.badValues.contains(column.name())) {
        continue;
      }
      boolean given = draft.values.containsKey(column.name());
      if (given ? draft.values.get(column.name()) == null : !exists) {
        changes.problem(
            draft
                .originOf(column.name())
                .problem(table.name() + " " + column.name() + " is required"));
      }
    }
  }

  private Set<String> existingIds(Table table, Set<String> ids) {
    return new HashSet<>(rows.ids(table, List.copyOf(ids)));
  }
}
