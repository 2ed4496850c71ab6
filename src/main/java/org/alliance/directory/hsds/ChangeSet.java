package org.alliance.directory.hsds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.directory.Excerpt;
import org.alliance.directory.ImportProblem;

/**
 * What an import asks for, in table form, whichever form it came in: the rows to hold (each the
 * merge of every place the same id appears) and, for each parent whose list of owned children was
 * given, the ids that list holds. Problems found while building it are kept with their places.
 */
final class ChangeSet {

  /** Where something came from: a file, and a place in it. */
  record Origin(String source, String location) {
    Origin at(String more) {
      return new Origin(source, location + more);
    }

    ImportProblem problem(String message) {
      return new ImportProblem(source, location.strip(), message);
    }

    /**
     * The whole record this place is in: a JSON document without the pointer into it, or a CSV row.
     */
    Origin record() {
      int pointer = location.indexOf(" /");
      return new Origin(source, (pointer < 0 ? location : location.substring(0, pointer)).strip());
    }
  }

  /** A parent's list of owned children, as given. */
  record Scope(ObjectType parent, Relation relation, String parentId) {}

  /** One row to hold: only the columns it names are written. */
  static final class Draft {
    final Table table;
    final String id;
    final Origin origin;
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, Origin> origins = new LinkedHashMap<>();

    /** Columns given a value that was refused: already a problem, so not "missing" as well. */
    final Set<String> badValues = new HashSet<>();

    private Draft(Table table, String id, Origin origin) {
      this.table = table;
      this.id = id;
      this.origin = origin;
      values.put("id", id);
      origins.put("id", origin);
    }

    Origin originOf(String column) {
      return origins.getOrDefault(column, origin);
    }
  }

  private final Map<String, Map<String, Draft>> rows = new LinkedHashMap<>();
  private final Map<Scope, Set<String>> scopes = new LinkedHashMap<>();
  private final Set<String> refused = new HashSet<>();
  private final List<ImportProblem> problems = new ArrayList<>();

  Draft row(Table table, String id, Origin origin) {
    return rows.computeIfAbsent(table.name(), t -> new LinkedHashMap<>())
        .computeIfAbsent(id, i -> new Draft(table, id, origin));
  }

  /**
   * Sets a column. The same object may appear several times (a phone under its service and under
   * its contact): a missing value never overrides a given one, and two different values are a
   * problem.
   */
  void set(Draft row, String column, Object value, Origin origin) {
    Column definition = row.table.require(column);
    String refusal = definition.refusal(value);
    if (refusal != null) {
      badValue(row, column, origin.problem(refusal));
      return;
    }
    Object old = row.values.get(column);
    if (!row.values.containsKey(column) || (old == null && value != null)) {
      row.values.put(column, value);
      row.origins.put(column, origin);
    } else if (value != null && !definition.type().same(old, value)) {
      Origin first = row.originOf(column);
      problem(
          origin.problem(
              "%s %s appears more than once with different %s: '%s' here, '%s' at %s%s"
                  .formatted(
                      row.table.name(),
                      row.id,
                      column,
                      Excerpt.of(definition.type().toText(value)),
                      Excerpt.of(definition.type().toText(old)),
                      first.source().equals(origin.source()) ? "" : first.source() + " ",
                      first.location())));
    }
  }

  void badValue(Draft row, String column, ImportProblem problem) {
    row.badValues.add(column);
    problem(problem);
  }

  void keep(Scope scope, Collection<String> childIds) {
    scopes.computeIfAbsent(scope, s -> new LinkedHashSet<>()).addAll(childIds);
  }

  /**
   * A record left out because it is invalid: its id still counts as present, so references to it
   * are not reported too.
   */
  void refuse(String table, String id) {
    refused.add(table + "/" + id);
  }

  boolean contains(String table, String id) {
    return rows.getOrDefault(table, Map.of()).containsKey(id) || refused.contains(table + "/" + id);
  }

  void problem(ImportProblem problem) {
    problems.add(problem);
  }

  Map<String, Map<String, Draft>> rows() {
    return rows;
  }

  Map<Scope, Set<String>> scopes() {
    return scopes;
  }

  List<ImportProblem> problems() {
    return problems;
  }
}
