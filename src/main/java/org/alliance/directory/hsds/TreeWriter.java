package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.directory.hsds.ChangeSet.Draft;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a checked {@link ChangeSet} in the caller's transaction. Each row is compared with what
 * the directory holds first and written only when it is new or differs, so importing the same data
 * again writes nothing, logs no change and leaves last_modified alone. Then each given list of
 * owned children is made exact ({@link Removal}), and every service and organization whose document
 * changed is logged ({@link ChangeLog}).
 */
@Component
class TreeWriter {

  private final HsdsModel model;
  private final RowStore rows;
  private final Removal removal;
  private final ChangeLog changeLog;

  TreeWriter(HsdsModel model, RowStore rows, Removal removal, ChangeLog changeLog) {
    this.model = model;
    this.rows = rows;
    this.removal = removal;
    this.changeLog = changeLog;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  Outcomes write(ChangeSet changes) {
    Outcomes outcomes = new Outcomes();
    for (Table table : model.tables()) {
      Map<String, Draft> drafts = changes.rows().get(table.name());
      if (drafts != null) {
        upsert(table, drafts, outcomes);
      }
    }
    removal.apply(changes.scopes(), outcomes);
    changeLog.record(outcomes.changes());
    return outcomes;
  }

  private void upsert(Table table, Map<String, Draft> drafts, Outcomes outcomes) {
    Map<String, Row> existing = new LinkedHashMap<>();
    rows.where(table, "id", drafts.keySet()).forEach(row -> existing.put(row.id(), row));
    List<Map<String, Object>> writes = new ArrayList<>();
    for (Draft draft : drafts.values()) {
      Row old = existing.get(draft.id);
      if (old == null) {
        writes.add(draft.values);
        outcomes.created(table, draft.values);
      } else if (differs(table, draft.values, old)) {
        writes.add(draft.values);
        Map<String, Object> after = new LinkedHashMap<>(old.values());
        after.putAll(draft.values);
        outcomes.updated(table, old.values(), after);
      } else {
        outcomes.unchanged(table, draft.id);
      }
    }
    rows.upsert(table, writes);
  }

  private static boolean differs(Table table, Map<String, Object> values, Row old) {
    return values.entrySet().stream()
        .anyMatch(e -> !table.require(e.getKey()).type().same(e.getValue(), old.get(e.getKey())));
  }
}
