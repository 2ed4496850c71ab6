package org.alliance.outcomes.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.CountTable;
import org.alliance.outcomes.disclosure.DisclosedTable;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.disclosure.Position;
import org.alliance.support.PeopleReached;

/**
 * People reached, by member and in total, as they may be shown: one disclosure table of the
 * members' counts with their total, so a suppressed member cannot be worked out from the total and
 * the others by subtraction (support counts each person under one member, so the total is their
 * sum).
 *
 * @param members each member's count, by name
 * @param total everyone reached
 */
record PeopleReachedTable(List<Row> members, Cell total) {

  record Row(String member, Cell people) {
    public String text() {
      return CellText.of(people);
    }
  }

  public String totalText() {
    return CellText.of(total);
  }

  public boolean anySuppressed() {
    return total.isSuppressed() || members.stream().anyMatch(r -> r.people().isSuppressed());
  }

  static PeopleReachedTable of(
      PeopleReached.Reached reached, Function<UUID, String> names, Disclosure disclosure) {
    List<Map.Entry<UUID, Integer>> counted = new ArrayList<>(reached.byMember().entrySet());
    if (counted.isEmpty()) {
      return new PeopleReachedTable(List.of(), disclosure.disclose(0));
    }
    counted.sort(
        Comparator.comparing((Map.Entry<UUID, Integer> e) -> names.apply(e.getKey()))
            .thenComparing(e -> e.getKey().toString()));
    // Rows are labelled by id: two former members may share a name, labels may not.
    List<String> rows = counted.stream().map(e -> e.getKey().toString()).toList();
    int[][] counts = new int[counted.size()][1];
    for (int i = 0; i < counted.size(); i++) {
      counts[i][0] = counted.get(i).getValue();
    }
    DisclosedTable table =
        disclosure.disclose(CountTable.of(rows, List.of("people reached"), counts));
    List<Row> members = new ArrayList<>();
    for (int i = 0; i < counted.size(); i++) {
      members.add(new Row(names.apply(counted.get(i).getKey()), table.cell(0, i, 0)));
    }
    // With one member there is no total row: the total is that member's figure.
    Cell total =
        table.shape().hasColumnTotals()
            ? table.cell(0, Position.TOTAL, 0)
            : members.get(0).people();
    return new PeopleReachedTable(List.copyOf(members), total);
  }
}
