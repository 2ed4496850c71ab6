package org.alliance.outcomes.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which suppressed figures a reader could still work out, found exactly rather than by trying
 * subtractions one at a time.
 *
 * <p>Each {@link Relation} is an equation: total minus parts is zero. With the shown figures moved
 * to the right-hand side, the suppressed ones are the unknowns of a linear system. A suppressed
 * figure is worked out, by any chain of subtractions and additions however long, exactly when its
 * unit vector lies in the row space of that system, that is when the system's reduced row echelon
 * form has a row whose only non-zero entry is in that figure's column ({@link How#SOLVED}). The
 * elimination runs on {@link BigInteger} rows kept divided by their greatest common divisor, so no
 * rounding can hide or invent a solution.
 *
 * <p>A reader also knows that a suppressed figure is at least 1 (zero is shown), which can pin one
 * down where the equations alone cannot: a row with two suppressed cells and 2 left over once the
 * shown cells are subtracted holds one person in each. So for every figure not solved, the least
 * and greatest value it can take with every suppressed figure at least 1 are found exactly, by the
 * simplex method over fractions ({@code Intervals}); if only one whole number lies between them the
 * figure is given away ({@link How#PINNED}).
 */
public final class Recovery {

  /** How a reader works a suppressed figure out. */
  public enum How {
    /** Some combination of the relations leaves this figure alone: its value follows. */
    SOLVED,
    /** Only one whole value is left for it once every suppressed figure is taken as at least 1. */
    PINNED
  }

  /** A suppressed figure a reader can work out, and what it comes to. */
  public record Finding(Position position, long value, How how) {}

  private Recovery() {}

  /**
   * What a reader of this table can work out from its shown figures. The table must not be rounded:
   * which figures are solved does not depend on the values, but their values and pins do (check a
   * rounded table's pattern against its true counts with {@link #of(TableShape, Map, Set)}).
   */
  public static List<Finding> of(DisclosedTable table) {
    if (table.rounded()) {
      throw new IllegalArgumentException("check a rounded table's pattern against its true counts");
    }
    Map<Position, Integer> shown = new HashMap<>();
    table.cells().forEach((position, cell) -> shown.put(position, cell.shown()));
    return of(table.shape(), shown, table.suppressed());
  }

  /**
   * What a reader could work out if the figures at {@code suppressed} were hidden and every other
   * figure of the shape were shown as it is in {@code values}.
   */
  public static List<Finding> of(
      TableShape shape, Map<Position, Integer> values, Set<Position> suppressed) {
    return find(shape, values, suppressed, false);
  }

  /** The first figure in table order that a reader can work out, solved ones before pinned. */
  static Optional<Finding> first(
      TableShape shape, Map<Position, Integer> values, Set<Position> suppressed) {
    return find(shape, values, suppressed, true).stream().findFirst();
  }

  private static List<Finding> find(
      TableShape shape,
      Map<Position, Integer> values,
      Set<Position> suppressed,
      boolean firstOnly) {
    Map<Position, Integer> unknowns = new LinkedHashMap<>();
    for (Position position : shape.positions()) {
      if (suppressed.contains(position)) {
        unknowns.put(position, unknowns.size());
      }
    }
    List<Position> order = new ArrayList<>(unknowns.keySet());
    List<BigInteger[]> equations = new ArrayList<>();
    for (Relation relation : shape.relations()) {
      BigInteger[] equation = zeros(order.size() + 1);
      boolean any = false;
      long known = 0;
      for (Position member : relation.members()) {
        // total - sum(parts) = 0
        long sign = member.equals(relation.total()) ? 1 : -1;
        Integer unknown = unknowns.get(member);
        if (unknown != null) {
          equation[unknown] = equation[unknown].add(BigInteger.valueOf(sign));
          any = true;
        } else {
          known += sign * values.get(member);
        }
      }
      if (any) {
        equation[order.size()] = BigInteger.valueOf(-known);
        equations.add(equation);
      }
    }
    List<BigInteger[]> reduced = reduce(equations, order.size());
    Map<Position, Finding> findings = new LinkedHashMap<>();
    for (BigInteger[] row : reduced) {
      solved(row, order).ifPresent(f -> findings.put(f.position(), f));
    }
    if (firstOnly && !findings.isEmpty()) {
      return List.of(findings.values().iterator().next());
    }
    if (!reduced.isEmpty()) {
      Intervals intervals = Intervals.of(reduced, order.size());
      for (int j = 0; j < order.size(); j++) {
        Position position = order.get(j);
        if (findings.containsKey(position)) {
          continue;
        }
        Optional<BigInteger> pinned = intervals.pinned(j);
        if (pinned.isPresent()) {
          findings.put(position, new Finding(position, pinned.get().longValueExact(), How.PINNED));
          if (firstOnly) {
            return List.of(findings.get(position));
          }
        }
      }
    }
    List<Finding> inOrder = new ArrayList<>();
    for (Position position : order) {
      if (findings.containsKey(position)) {
        inOrder.add(findings.get(position));
      }
    }
    return List.copyOf(inOrder);
  }

  private static Optional<Finding> solved(BigInteger[] row, List<Position> order) {
    int only = -1;
    for (int j = 0; j < order.size(); j++) {
      if (row[j].signum() != 0) {
        if (only >= 0) {
          return Optional.empty();
        }
        only = j;
      }
    }
    if (only < 0) {
      return Optional.empty();
    }
    BigInteger[] quotient = row[order.size()].divideAndRemainder(row[only]);
    // True counts always divide; a remainder would mean the shown figures do not add up.
    long value = quotient[0].longValueExact();
    return Optional.of(new Finding(order.get(only), value, How.SOLVED));
  }

  /** Gauss-Jordan elimination to reduced row echelon form, exactly, over integer rows. */
  static List<BigInteger[]> reduce(List<BigInteger[]> equations, int unknowns) {
    List<BigInteger[]> rows = new ArrayList<>();
    for (BigInteger[] equation : equations) {
      rows.add(equation.clone());
    }
    int pivotRow = 0;
    for (int column = 0; column < unknowns && pivotRow < rows.size(); column++) {
      int found = -1;
      for (int i = pivotRow; i < rows.size(); i++) {
        if (rows.get(i)[column].signum() != 0) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        continue;
      }
      BigInteger[] pivot = rows.get(found);
      rows.set(found, rows.get(pivotRow));
      rows.set(pivotRow, pivot);
      BigInteger p = pivot[column];
      for (int i = 0; i < rows.size(); i++) {
        BigInteger[] row = rows.get(i);
        if (i == pivotRow || row[column].signum() == 0) {
          continue;
        }
        BigInteger factor = row[column];
        for (int j = 0; j < row.length; j++) {
          row[j] = row[j].multiply(p).subtract(pivot[j].multiply(factor));
        }
        normalise(row);
      }
      pivotRow++;
    }
    for (BigInteger[] row : rows) {
      normalise(row);
    }
    return rows.subList(0, pivotRow);
  }

  /** Divides a row by the greatest common divisor of its entries, the pivot made positive. */
  private static void normalise(BigInteger[] row) {
    BigInteger gcd = BigInteger.ZERO;
    int lead = 0;
    for (int j = 0; j < row.length; j++) {
      gcd = gcd.gcd(row[j]);
      if (lead == 0 && j < row.length - 1) {
        lead = row[j].signum();
      }
    }
    if (gcd.signum() == 0) {
      return;
    }
    if (lead < 0) {
      gcd = gcd.negate();
    }
    for (int j = 0; j < row.length; j++) {
      row[j] = row[j].divide(gcd);
    }
  }

  private static BigInteger[] zeros(int length) {
    BigInteger[] zeros = new BigInteger[length];
    Arrays.fill(zeros, BigInteger.ZERO);
    return zeros;
  }
}
