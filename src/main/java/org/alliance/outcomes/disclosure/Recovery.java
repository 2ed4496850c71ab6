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
import java.util.function.Consumer;

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
      return inOrder(order, findings).subList(0, 1);
    }
    if (!reduced.isEmpty()) {
      boolean[] free = new boolean[order.size()];
      for (int j = 0; j < order.size(); j++) {
        free[j] = findings.containsKey(order.get(j));
      }
      long[] truth = truth(order, values);
      if (truth != null) {
        movable(reduced, truth, free);
      }
      Intervals intervals = null;
      Consumer<Fraction[]> points = null;
      for (int j = 0; j < order.size(); j++) {
        if (free[j]) {
          continue;
        }
        if (intervals == null) {
          Consumer<Fraction[]> clear = point -> {};
          if (truth != null) {
            // Any point the simplex visits satisfies the relations: a figure it puts 1 or more
            // from its true value has two whole values in range, so it is not pinned.
            clear =
                point -> {
                  for (int other = 0; other < point.length; other++) {
                    Fraction moved = point[other].subtract(Fraction.of(truth[other]));
                    if (moved.signum() < 0) {
                      moved = moved.negate();
                    }
                    if (moved.compareTo(Fraction.ONE) >= 0) {
                      free[other] = true;
                    }
                  }
                };
          }
          points = clear;
          intervals = Intervals.of(reduced, order.size());
          points.accept(intervals.point());
          if (free[j]) {
            continue;
          }
        }
        Optional<BigInteger> pinned = intervals.pinned(j, points);
        if (pinned.isPresent()) {
          Position position = order.get(j);
          findings.put(position, new Finding(position, pinned.get().longValueExact(), How.PINNED));
          if (firstOnly) {
            return List.of(findings.get(position));
          }
        }
      }
    }
    return inOrder(order, findings);
  }

  private static List<Finding> inOrder(List<Position> order, Map<Position, Finding> findings) {
    List<Finding> inOrder = new ArrayList<>();
    for (Position position : order) {
      if (findings.containsKey(position)) {
        inOrder.add(findings.get(position));
      }
    }
    return List.copyOf(inOrder);
  }

  /** The hidden figures' true values, when the caller has them (not for a disclosed table). */
  private static long[] truth(List<Position> order, Map<Position, Integer> values) {
    long[] truth = new long[order.size()];
    for (int j = 0; j < order.size(); j++) {
      Integer value = values.get(order.get(j));
      if (value == null) {
        return null;
      }
      truth[j] = value;
    }
    return truth;
  }

  /**
   * A quick way to clear most figures before the simplex method: from the true values, move along
   * each direction the relations leave free (a column of the reduced form without a pivot) as far
   * as every figure stays at least 1. A figure that moves by 1 or more that way has at least two
   * whole values within the reader's range, so it is not pinned; it is marked in {@code cleared}.
   */
  private static void movable(List<BigInteger[]> reduced, long[] truth, boolean[] cleared) {
    int n = truth.length;
    int[] pivotOf = new int[reduced.size()];
    boolean[] pivot = new boolean[n];
    for (int i = 0; i < reduced.size(); i++) {
      BigInteger[] row = reduced.get(i);
      int j = 0;
      while (row[j].signum() == 0) {
        j++;
      }
      pivotOf[i] = j;
      pivot[j] = true;
    }
    for (int k = 0; k < n; k++) {
      if (pivot[k]) {
        continue;
      }
      // Direction d: d_k = 1 and, for each row, d_pivot = -row[k] / row[pivot].
      Map<Integer, Fraction> direction = new LinkedHashMap<>();
      direction.put(k, Fraction.ONE);
      for (int i = 0; i < reduced.size(); i++) {
        BigInteger[] row = reduced.get(i);
        if (row[k].signum() != 0) {
          direction.put(pivotOf[i], new Fraction(row[k].negate(), row[pivotOf[i]]));
        }
      }
      for (int sign : new int[] {1, -1}) {
        // The furthest step t with truth + t * sign * d >= 1 everywhere.
        Fraction step = null;
        for (Map.Entry<Integer, Fraction> entry : direction.entrySet()) {
          Fraction d = sign > 0 ? entry.getValue() : entry.getValue().negate();
          if (d.signum() < 0) {
            Fraction room = Fraction.of(truth[entry.getKey()] - 1).divide(d.negate());
            if (step == null || room.compareTo(step) < 0) {
              step = room;
            }
          }
        }
        for (Map.Entry<Integer, Fraction> entry : direction.entrySet()) {
          Fraction moved = entry.getValue();
          moved = moved.signum() < 0 ? moved.negate() : moved;
          if (step == null || step.multiply(moved).compareTo(Fraction.ONE) >= 0) {
            cleared[entry.getKey()] = true;
          }
        }
      }
    }
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

  /**
   * Gauss-Jordan elimination to reduced row echelon form, exactly, over integer rows: in {@code
   * long} arithmetic while every step fits (it nearly always does, the rows being kept divided by
   * their greatest common divisor), otherwise again in {@link BigInteger}.
   */
  static List<BigInteger[]> reduce(List<BigInteger[]> equations, int unknowns) {
    try {
      List<long[]> rows = new ArrayList<>();
      for (BigInteger[] equation : equations) {
        long[] row = new long[equation.length];
        for (int j = 0; j < row.length; j++) {
          row[j] = equation[j].longValueExact();
        }
        rows.add(row);
      }
      List<BigInteger[]> reduced = new ArrayList<>();
      for (long[] row : reduceLong(rows, unknowns)) {
        BigInteger[] big = new BigInteger[row.length];
        for (int j = 0; j < row.length; j++) {
          big[j] = BigInteger.valueOf(row[j]);
        }
        reduced.add(big);
      }
      return reduced;
    } catch (ArithmeticException overflow) {
      return reduceBig(equations, unknowns);
    }
  }

  private static List<long[]> reduceLong(List<long[]> rows, int unknowns) {
    int pivotRow = 0;
    for (int column = 0; column < unknowns && pivotRow < rows.size(); column++) {
      int found = -1;
      for (int i = pivotRow; i < rows.size(); i++) {
        if (rows.get(i)[column] != 0) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        continue;
      }
      long[] pivot = rows.get(found);
      rows.set(found, rows.get(pivotRow));
      rows.set(pivotRow, pivot);
      long p = pivot[column];
      for (int i = 0; i < rows.size(); i++) {
        long[] row = rows.get(i);
        if (i == pivotRow || row[column] == 0) {
          continue;
        }
        long factor = row[column];
        for (int j = 0; j < row.length; j++) {
          if (row[j] != 0 || pivot[j] != 0) {
            row[j] =
                Math.subtractExact(
                    Math.multiplyExact(row[j], p), Math.multiplyExact(pivot[j], factor));
          }
        }
        normalise(row);
      }
      pivotRow++;
    }
    for (long[] row : rows) {
      normalise(row);
    }
    return rows.subList(0, pivotRow);
  }

  private static void normalise(long[] row) {
    long gcd = 0;
    int lead = 0;
    for (int j = 0; j < row.length; j++) {
      gcd = gcd(gcd, Math.absExact(row[j]));
      if (lead == 0 && j < row.length - 1) {
        lead = Long.signum(row[j]);
      }
    }
    if (gcd == 0) {
      return;
    }
    if (lead < 0) {
      gcd = -gcd;
    }
    for (int j = 0; j < row.length; j++) {
      row[j] /= gcd;
    }
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private static List<BigInteger[]> reduceBig(List<BigInteger[]> equations, int unknowns) {
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
