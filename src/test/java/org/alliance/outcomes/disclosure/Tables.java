package org.alliance.outcomes.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Tables drawn as text for tests: a layer per period (all periods last), totals at the ends. */
final class Tables {

  private Tables() {}

  /** Each figure shown, or {@code *} for a suppressed one; lines of a layer, layers split by |. */
  static String drawn(DisclosedTable table) {
    return draw(
        table.shape(),
        p -> {
          Cell cell = table.cell(p);
          return cell.isSuppressed() ? "*" : Integer.toString(cell.shown());
        });
  }

  /** The true counts, with the given positions drawn as {@code *}. */
  static String drawn(CountTable table, Set<Position> hidden) {
    return draw(table.shape(), p -> hidden.contains(p) ? "*" : Integer.toString(table.count(p)));
  }

  private static String draw(
      TableShape shape, java.util.function.Function<Position, String> figure) {
    List<String> layers = new ArrayList<>();
    for (int p : shape.periodIndexes()) {
      List<String> lines = new ArrayList<>();
      for (int r : shape.rowIndexes()) {
        lines.add(
            shape.columnIndexes().stream()
                .map(c -> figure.apply(new Position(p, r, c)))
                .collect(Collectors.joining(" ")));
      }
      layers.add(String.join(" / ", lines));
    }
    return String.join(" | ", layers);
  }
}
