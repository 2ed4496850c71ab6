package org.alliance.outcomes.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The range a reader can narrow each suppressed figure to, knowing the relations and that every
 * suppressed figure is at least 1: for figure j, the least and the greatest value of x_j over all x
 * with A x = b and x >= 1, found by an exact simplex method (Bland's rule, so it never cycles).
 * Where no whole number but one lies in that range, the figure is given away.
 *
 * <p>The range is that of the linear relaxation: a reader who also used that counts are whole
 * numbers could, in rare tables, narrow a figure further; that integer audit is not attempted.
 */
final class Intervals {

  /** The simplex tableau: rows of [coefficients of the n unknowns | right-hand side]. */
  private final List<Fraction[]> rows = new ArrayList<>();

  private final List<Integer> basis = new ArrayList<>();
  private final int n;

  /**
   * A feasible basis of A y = b - A·1, y = x - 1 >= 0, from equations given as integer rows
   * [coefficients | rhs]; empty if the relations cannot hold with every unknown at least 1.
   */
  private Intervals(List<BigInteger[]> equations, int n) {
    this.n = n;
    for (BigInteger[] equation : equations) {
      Fraction[] row = new Fraction[n + 1];
      BigInteger rhs = equation[n];
      for (int j = 0; j < n; j++) {
        row[j] = Fraction.of(equation[j]);
        rhs = rhs.subtract(equation[j]);
      }
      row[n] = Fraction.of(rhs);
      rows.add(row);
    }
  }

  /**
   * A reader's view of these relations, ready to narrow each unknown: the relations given as
   * integer rows [coefficients | rhs] over n unknowns, which the true (hidden) values satisfy.
   */
  static Intervals of(List<BigInteger[]> equations, int n) {
    Intervals tableau = new Intervals(equations, n);
    if (!tableau.phaseOne()) {
      throw new IllegalArgumentException("the figures shown do not add up with the hidden ones");
    }
    return tableau;
  }

  /** The one whole value the relations and lower bounds of 1 leave unknown j, if only one. */
  Optional<BigInteger> pinned(int j) {
    return pinned(j, point -> {});
  }

  /**
   * As {@link #pinned(int)}, handing each extreme point it finds (values of every unknown that
   * satisfy the relations) to {@code points}, so a caller can clear other unknowns seen to move.
   */
  Optional<BigInteger> pinned(int j, Consumer<Fraction[]> points) {
    Intervals up = copy();
    Optional<Fraction> most = up.maximise(j, true);
    if (most.isEmpty()) {
      return Optional.empty();
    }
    points.accept(up.point());
    BigInteger high = most.get().floor();
    BigInteger low = BigInteger.ZERO;
    if (high.signum() != 0) {
      Intervals down = copy();
      low = down.maximise(j, false).orElseThrow().negate().ceiling();
      points.accept(down.point());
    }
    // y = x - 1, so the whole value of x is one more.
    return low.equals(high) ? Optional.of(high.add(BigInteger.ONE)) : Optional.empty();
  }

  /** The current basic solution, as values of the unknowns x (not y = x - 1). */
  Fraction[] point() {
    Fraction[] x = new Fraction[n];
    Arrays.fill(x, Fraction.ONE);
    for (int i = 0; i < rows.size(); i++) {
      x[basis.get(i)] = rows.get(i)[n].add(Fraction.ONE);
    }
    return x;
  }

  private Intervals(int n) {
    this.n = n;
  }

  private Intervals copy() {
    Intervals copy = new Intervals(n);
    for (Fraction[] row : rows) {
      copy.rows.add(row.clone());
    }
    copy.basis.addAll(basis);
    return copy;
  }

  /**
   * Phase one: artificial variables, one per row, minimised to zero; then driven out of the basis,
   * and rows left with only an artificial (redundant relations) dropped.
   */
  private boolean phaseOne() {
    int m = rows.size();
    // A row whose first non-zero column is zero in every other row (as in reduced row echelon
    // form, which Recovery passes) starts with that column basic, if its value is not negative;
    // only the other rows need an artificial variable, so phase one has little to do.
    int[] start = new int[m];
    boolean[] used = new boolean[n];
    int artificials = 0;
    for (int i = 0; i < m; i++) {
      Fraction[] row = rows.get(i);
      start[i] = -1;
      for (int j = 0; j < n && start[i] < 0; j++) {
        if (row[j].signum() != 0 && !used[j] && aloneInColumn(i, j)) {
          start[i] = j;
        }
      }
      if (start[i] >= 0) {
        Fraction p = row[start[i]];
        for (int j = 0; j <= n; j++) {
          row[j] = row[j].divide(p);
        }
        if (row[n].signum() >= 0) {
          used[start[i]] = true;
        } else {
          start[i] = -1;
        }
      }
      if (start[i] < 0) {
        if (row[n].signum() < 0) {
          for (int j = 0; j <= n; j++) {
            row[j] = row[j].negate();
          }
        }
        artificials++;
      }
    }
    int width = n + artificials + 1;
    List<Fraction[]> wide = new ArrayList<>();
    int artificial = n;
    for (int i = 0; i < m; i++) {
      Fraction[] row = rows.get(i);
      Fraction[] w = new Fraction[width];
      Arrays.fill(w, Fraction.ZERO);
      System.arraycopy(row, 0, w, 0, n);
      w[width - 1] = row[n];
      if (start[i] >= 0) {
        basis.add(start[i]);
      } else {
        w[artificial] = Fraction.ONE;
        basis.add(artificial++);
      }
      wide.add(w);
    }
    // Maximise minus the sum of the artificials.
    Fraction[] objective = new Fraction[width];
    Arrays.fill(objective, Fraction.ZERO);
    for (int j = n; j < n + artificials; j++) {
      objective[j] = Fraction.ONE.negate();
    }
    Optional<Fraction> best = simplex(wide, basis, objective, width);
    if (best.isEmpty() || best.get().signum() != 0) {
      return false;
    }
    for (int i = 0; i < wide.size(); i++) {
      if (basis.get(i) < n) {
        continue;
      }
      int entering = -1;
      for (int j = 0; j < n; j++) {
        if (wide.get(i)[j].signum() != 0) {
          entering = j;
          break;
        }
      }
      if (entering >= 0) {
        pivot(wide, basis, i, entering, width);
      }
    }
    rows.clear();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < wide.size(); i++) {
      if (basis.get(i) >= n) {
        continue;
      }
      Fraction[] row = new Fraction[n + 1];
      System.arraycopy(wide.get(i), 0, row, 0, n);
      row[n] = wide.get(i)[width - 1];
      rows.add(row);
      kept.add(basis.get(i));
    }
    basis.clear();
    basis.addAll(kept);
    return true;
  }

  private boolean aloneInColumn(int row, int column) {
    for (int i = 0; i < rows.size(); i++) {
      if (i != row && rows.get(i)[column].signum() != 0) {
        return false;
      }
    }
    return true;
  }

  /** The greatest value of y_j (or of -y_j), empty if unbounded. */
  private Optional<Fraction> maximise(int j, boolean up) {
    Fraction[] objective = new Fraction[n + 1];
    Arrays.fill(objective, Fraction.ZERO);
    objective[j] = up ? Fraction.ONE : Fraction.ONE.negate();
    return simplex(rows, basis, objective, n + 1);
  }

  /**
   * Maximises objective·y from a feasible basis. The tableau is kept in canonical form; the reduced
   * costs are worked out from the basis first.
   */
  private static Optional<Fraction> simplex(
      List<Fraction[]> rows, List<Integer> basis, Fraction[] objective, int width) {
    int columns = width - 1;
    while (true) {
      // Reduced cost of column k: c_B · column k - c_k; entering while negative (Bland: first).
      int entering = -1;
      for (int k = 0; k < columns && entering < 0; k++) {
        if (basis.contains(k)) {
          continue;
        }
        Fraction reduced = objective[k].negate();
        for (int i = 0; i < rows.size(); i++) {
          Fraction a = rows.get(i)[k];
          if (a.signum() != 0) {
            reduced = reduced.add(objective[basis.get(i)].multiply(a));
          }
        }
        if (reduced.signum() < 0) {
          entering = k;
        }
      }
      if (entering < 0) {
        Fraction value = Fraction.ZERO;
        for (int i = 0; i < rows.size(); i++) {
          value = value.add(objective[basis.get(i)].multiply(rows.get(i)[columns]));
        }
        return Optional.of(value);
      }
      int leaving = -1;
      Fraction ratio = null;
      for (int i = 0; i < rows.size(); i++) {
        Fraction a = rows.get(i)[entering];
        if (a.signum() <= 0) {
          continue;
        }
        Fraction r = rows.get(i)[columns].divide(a);
        int order = ratio == null ? -1 : r.compareTo(ratio);
        if (order < 0 || (order == 0 && basis.get(i) < basis.get(leaving))) {
          leaving = i;
          ratio = r;
        }
      }
      if (leaving < 0) {
        return Optional.empty();
      }
      pivot(rows, basis, leaving, entering, width);
    }
  }

  private static void pivot(
      List<Fraction[]> rows, List<Integer> basis, int row, int column, int width) {
    Fraction[] pivot = rows.get(row);
    Fraction p = pivot[column];
    for (int j = 0; j < width; j++) {
      pivot[j] = pivot[j].divide(p);
    }
    for (int i = 0; i < rows.size(); i++) {
      Fraction[] other = rows.get(i);
      Fraction factor = other[column];
      if (i == row || factor.signum() == 0) {
        continue;
      }
      for (int j = 0; j < width; j++) {
        if (pivot[j].signum() != 0) {
          other[j] = other[j].subtract(factor.multiply(pivot[j]));
        }
      }
    }
    basis.set(row, column);
  }
}
