package org.alliance.outcomes.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reader with a pencil, written independently of {@link Recovery}: it tries every relation on its
 * own (total minus the shown parts) and every pair of relations added or subtracted (the
 * differencing of a row against a column, of a period against all periods), and reports each
 * suppressed figure left alone by one of them. It also knows that a suppressed figure is at least
 * 1, so a relation or pair whose suppressed figures all add in the same direction and leave no room
 * for a 2 gives them away too.
 */
final class LeakChecker {

  /** A suppressed figure worked out, its value, and the subtraction that gave it away. */
  record Leak(Position position, long value, String how) {}

  private record Equation(Map<Position, Integer> unknowns, long rhs, String how) {}

  private LeakChecker() {}

  /** The leaks of a disclosed (unrounded) table, using the figures it shows. */
  static List<Leak> leaks(DisclosedTable table) {
    Map<Position, Integer> shown = new HashMap<>();
    table.cells().forEach((position, cell) -> shown.put(position, cell.shown()));
    return leaks(table.shape(), shown, table.suppressed());
  }

  /** The leaks if {@code suppressed} were hidden and every other figure shown as in values. */
  static List<Leak> leaks(
      TableShape shape, Map<Position, Integer> values, Set<Position> suppressed) {
    List<Equation> equations = new ArrayList<>();
    for (Relation relation : shape.relations()) {
      Map<Position, Integer> unknowns = new LinkedHashMap<>();
      long rhs = 0;
      // total - parts = 0, with the shown figures taken to the right.
      if (suppressed.contains(relation.total())) {
        unknowns.put(relation.total(), 1);
      } else {
        rhs -= values.get(relation.total());
      }
      for (Position part : relation.parts()) {
        if (suppressed.contains(part)) {
          unknowns.put(part, -1);
        } else {
          rhs += values.get(part);
        }
      }
      if (!unknowns.isEmpty()) {
        equations.add(new Equation(unknowns, rhs, relation.total() + " = sum of its parts"));
      }
    }
    Map<Position, Leak> leaks = new LinkedHashMap<>();
    for (Equation equation : equations) {
      look(equation, leaks);
    }
    for (int i = 0; i < equations.size(); i++) {
      for (int j = i + 1; j < equations.size(); j++) {
        look(combine(equations.get(i), equations.get(j), 1), leaks);
        look(combine(equations.get(i), equations.get(j), -1), leaks);
      }
    }
    return List.copyOf(leaks.values());
  }

  private static Equation combine(Equation a, Equation b, int sign) {
    Map<Position, Integer> unknowns = new LinkedHashMap<>(a.unknowns());
    b.unknowns().forEach((position, c) -> unknowns.merge(position, sign * c, Integer::sum));
    unknowns.values().removeIf(c -> c == 0);
    return new Equation(
        unknowns,
        a.rhs() + sign * b.rhs(),
        "(" + a.how() + ") " + (sign > 0 ? "+" : "-") + " (" + b.how() + ")");
  }

  private static void look(Equation equation, Map<Position, Leak> leaks) {
    Map<Position, Integer> unknowns = equation.unknowns();
    if (unknowns.isEmpty()) {
      return;
    }
    if (unknowns.size() == 1) {
      Map.Entry<Position, Integer> only = unknowns.entrySet().iterator().next();
      leaks.putIfAbsent(
          only.getKey(), new Leak(only.getKey(), equation.rhs() / only.getValue(), equation.how()));
      return;
    }
    int sign = Integer.signum(unknowns.values().iterator().next());
    if (unknowns.values().stream().anyMatch(c -> Integer.signum(c) != sign)) {
      return;
    }
    long sum = unknowns.values().stream().mapToLong(Math::abs).sum();
    long slack = sign * equation.rhs() - sum;
    unknowns.forEach(
        (position, c) -> {
          if (slack < Math.abs(c)) {
            leaks.putIfAbsent(
                position, new Leak(position, 1, "at least 1 each: " + equation.how()));
          }
        });
  }
}
