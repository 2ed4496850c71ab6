package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds every service and organization whose document a set of row changes touched, and logs each
 * once in {@code directory.change}; a changed service also gets a new {@code last_modified}. A row
 * is traced up the model level by level: to its parent through its linking column, or (for a shared
 * object such as a location or an organization) to the rows that refer to it, one query per table
 * and column per level. So a changed organization phone marks the organization and each of its
 * services, whose documents include it. An organization's list of services is not followed upward:
 * a changed service does not log its organization.
 */
@Component
class ChangeLog {

  private final HsdsModel model;
  private final RowStore rows;
  private final JdbcClient jdbc;

  ChangeLog(HsdsModel model, RowStore rows, JdbcClient jdbc) {
    this.model = model;
    this.rows = rows;
    this.jdbc = jdbc;
  }

  void record(List<Outcomes.Change> changes) {
    Set<String> seen = new HashSet<>();
    Map<String, Set<String>> roots =
        Map.of("service", new LinkedHashSet<>(), "organization", new LinkedHashSet<>());
    List<Row> level = new ArrayList<>();
    for (Outcomes.Change change : changes) {
      for (Map<String, Object> values : Arrays.asList(change.before(), change.after())) {
        if (values != null) {
          level.add(new Row(change.table(), values));
          seen.add(change.table().name() + "/" + values.get("id"));
        }
      }
    }
    while (!level.isEmpty()) {
      level = up(level, seen, roots);
    }
    log("service", roots.get("service"));
    log("organization", roots.get("organization"));
  }

  private List<Row> up(List<Row> level, Set<String> seen, Map<String, Set<String>> roots) {
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    Map<Map.Entry<String, String>, Set<String>> referrers = new LinkedHashMap<>();
    for (Row row : level) {
      String table = row.table().name();
      if (roots.containsKey(table)) {
        roots.get(table).add(row.id());
      }
      for (Map.Entry<ObjectType, Relation> into : model.relationsInto(table)) {
        String parentType = into.getKey().name();
        Relation relation = into.getValue();
        if (relation.rootOnly()) {
          continue;
        }
        if (relation.kind() == Relation.Kind.REFERENCE) {
          referrers
              .computeIfAbsent(Map.entry(parentType, relation.column()), k -> new LinkedHashSet<>())
              .add(row.id());
        } else if (row.get(relation.column()) != null
            && (relation.entityColumn() == null
                || parentType.equals(row.get(relation.entityColumn())))) {
          parents
              .computeIfAbsent(parentType, k -> new LinkedHashSet<>())
              .add(row.text(relation.column()));
        }
      }
    }
    List<Row> next = new ArrayList<>();
    parents.forEach((table, ids) -> next.addAll(rows.where(model.table(table), "id", ids)));
    referrers.forEach(
        (key, ids) -> next.addAll(rows.where(model.table(key.getKey()), key.getValue(), ids)));
    return next.stream().filter(row -> seen.add(row.table().name() + "/" + row.id())).toList();
  }

  private void log(String type, Set<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    if (type.equals("service")) {
      ServicesChanged.mark(jdbc, ids);
      return;
    }
    String[] array = ids.toArray(String[]::new);
    jdbc.sql(
            """
            insert into directory.change (resource_type, resource_id)
            select :type, id from directory.%s where id = any(:ids) order by id
            """
                .formatted(type))
        .param("type", type)
        .param("ids", array)
        .update();
  }
}
