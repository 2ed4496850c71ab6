package org.alliance.outcomes.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable table of counts of people, with the totals that will be shown beside them: row
 * totals, column totals, the grand total and, for a table of several periods, every figure for all
 * periods together. The counts are the true ones; only a {@link DisclosedTable} made from it by
 * {@link Disclosure} may be shown to anyone who does not work with those people.
 */
public final class CountTable {

  private final TableShape shape;
  private final Map<Position, Integer> counts;

  private CountTable(TableShape shape, int[][][] body) {
    this.shape = shape;
    Map<Position, Integer> all = new LinkedHashMap<>();
    for (Position position : shape.positions()) {
      all.put(position, sum(shape, body, position));
    }
    this.counts = Collections.unmodifiableMap(all);
  }

  private static int sum(TableShape shape, int[][][] body, Position at) {
    long sum = 0;
    for (int p = 0; p < shape.periodCount(); p++) {
      if (at.period() != Position.TOTAL && at.period() != p) {
        continue;
      }
      for (int r = 0; r < shape.rows().size(); r++) {
        if (at.row() != Position.TOTAL && at.row() != r) {
          continue;
        }
        for (int c = 0; c < shape.columns().size(); c++) {
          if (at.column() == Position.TOTAL || at.column() == c) {
            sum += body[p][r][c];
          }
        }
      }
    }
    return Math.toIntExact(sum);
  }

  /** A table without periods: {@code counts[row][column]}. */
  public static CountTable of(List<String> rows, List<String> columns, int[][] counts) {
    return ofPeriods(rows, columns, List.of(), List.<int[][]>of(counts));
  }

  /** A table with a layer per period: {@code counts.get(period)[row][column]}. */
  public static CountTable ofPeriods(
      List<String> rows, List<String> columns, List<String> periods, List<int[][]> counts) {
    Builder builder = builder(new TableShape(rows, columns, periods));
    if (counts.size() != builder.shape.periodCount()) {
      throw new IllegalArgumentException(
          "expected counts for " + builder.shape.periodCount() + " periods, not " + counts.size());
    }
    for (int p = 0; p < counts.size(); p++) {
      int[][] layer = counts.get(p);
      if (layer.length != rows.size()) {
        throw new IllegalArgumentException("expected " + rows.size() + " rows in period " + p);
      }
      for (int r = 0; r < layer.length; r++) {
        if (layer[r].length != columns.size()) {
          throw new IllegalArgumentException(
              "expected " + columns.size() + " columns in row " + r + " of period " + p);
        }
        for (int c = 0; c < layer[r].length; c++) {
          builder.add(p, r, c, layer[r][c]);
        }
      }
    }
    return builder.build();
  }

  /** An empty table of this shape to count into, person by person or group by group. */
  public static Builder builder(TableShape shape) {
    return new Builder(shape);
  }

  public TableShape shape() {
    return shape;
  }

  /** The count at a position of the body or of a total. */
  public int count(Position position) {
    Integer count = counts.get(position);
    if (count == null) {
      throw new IllegalArgumentException("the table shows no figure at " + position);
    }
    return count;
  }

  public int count(int period, int row, int column) {
    return count(new Position(period, row, column));
  }

  /** Every figure shown, body and totals, in {@link TableShape#positions()} order. */
  public Map<Position, Integer> counts() {
    return counts;
  }

  /** Counts into a table; each {@code add} adds to what the cell already holds. */
  public static final class Builder {

    private final TableShape shape;
    private final int[][][] body;

    private Builder(TableShape shape) {
      this.shape = shape;
      this.body = new int[shape.periodCount()][shape.rows().size()][shape.columns().size()];
    }

    /** Adds to a cell of the body, by indexes (period 0 in a table without periods). */
    public Builder add(int period, int row, int column, int count) {
      if (count < 0) {
        throw new IllegalArgumentException("a count cannot be negative: " + count);
      }
      body[period][row][column] = Math.addExact(body[period][row][column], count);
      return this;
    }

    /** Adds to a cell of the body of a table with periods, by labels. */
    public Builder add(String period, String row, String column, int count) {
      return addByLabels(index("period", shape.periods(), period), row, column, count);
    }

    /** Adds to a cell of the body of a table without periods, by labels. */
    public Builder add(String row, String column, int count) {
      if (!shape.periods().isEmpty()) {
        throw new IllegalArgumentException("this table has periods: say which");
      }
      return addByLabels(0, row, column, count);
    }

    private Builder addByLabels(int period, String row, String column, int count) {
      return add(
          period, index("row", shape.rows(), row), index("column", shape.columns(), column), count);
    }

    private static int index(String what, List<String> labels, String label) {
      int index = labels.indexOf(label);
      if (index < 0) {
        throw new IllegalArgumentException("no " + what + " " + label + " in " + labels);
      }
      return index;
    }

    public CountTable build() {
      return new CountTable(shape, body);
    }
  }
}
