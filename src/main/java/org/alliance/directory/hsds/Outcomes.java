package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.directory.ImportReport.ResourceCount;

/** What happened to each row an import touched, and the before and after of each change. */
final class Outcomes {

  enum Outcome {
    UNCHANGED,
    UPDATED,
    CREATED,
    DELETED
  }

  /** A row's values before and after (null when it did not exist, or no longer does). */
  record Change(Table table, Map<String, Object> before, Map<String, Object> after) {}

  private final Map<String, Map<String, Outcome>> byTable = new LinkedHashMap<>();
  private final List<Change> changes = new ArrayList<>();

  void unchanged(Table table, String id) {
    mark(table, id, Outcome.UNCHANGED);
  }

  void created(Table table, Map<String, Object> after) {
    mark(table, (String) after.get("id"), Outcome.CREATED);
    changes.add(new Change(table, null, after));
  }

  void updated(Table table, Map<String, Object> before, Map<String, Object> after) {
    mark(table, (String) before.get("id"), Outcome.UPDATED);
    changes.add(new Change(table, before, after));
  }

  void deleted(Table table, Map<String, Object> before) {
    mark(table, (String) before.get("id"), Outcome.DELETED);
    changes.add(new Change(table, before, null));
  }

  /**
   * The strongest outcome wins: a row created and then unlinked from one parent is still "created".
   */
  private void mark(Table table, String id, Outcome outcome) {
    byTable
        .computeIfAbsent(table.name(), t -> new LinkedHashMap<>())
        .merge(id, outcome, (old, now) -> old.compareTo(now) >= 0 ? old : now);
  }

  List<Change> changes() {
    return changes;
  }

  List<ResourceCount> counts(List<Table> order) {
    List<ResourceCount> counts = new ArrayList<>();
    for (Table table : order) {
      Map<String, Outcome> outcomes = byTable.get(table.name());
      if (outcomes != null) {
        Map<Outcome, Integer> n = new EnumMap<>(Outcome.class);
        outcomes.values().forEach(o -> n.merge(o, 1, Integer::sum));
        counts.add(
            new ResourceCount(
                table.name(),
                n.getOrDefault(Outcome.CREATED, 0),
                n.getOrDefault(Outcome.UPDATED, 0),
                n.getOrDefault(Outcome.UNCHANGED, 0),
                n.getOrDefault(Outcome.DELETED, 0)));
      }
    }
    return counts;
  }
}
