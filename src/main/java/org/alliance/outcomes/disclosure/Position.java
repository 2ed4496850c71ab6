package org.alliance.outcomes.disclosure;

/**
 * Where a figure sits in a {@link TableShape}: a period, a row and a column, each an index into the
 * shape's labels or {@link #TOTAL} for the total across that dimension (the row total, the column
 * total, all periods together). A table without periods has one layer, period 0.
 */
public record Position(int period, int row, int column) {

  /** The total across a dimension: the row total, the column total, or all periods. */
  public static final int TOTAL = -1;

  public Position {
    if (period < TOTAL || row < TOTAL || column < TOTAL) {
      throw new IllegalArgumentException("not a position: " + period + "/" + row + "/" + column);
    }
  }

  /** Whether this is a total of some kind rather than a cell of the body of the table. */
  public boolean isTotal() {
    return period == TOTAL || row == TOTAL || column == TOTAL;
  }

  @Override
  public String toString() {
    return "("
        + name(period, "all periods")
        + ", "
        + name(row, "total")
        + ", "
        + name(column, "total")
        + ")";
  }

  private static String name(int index, String total) {
    return index == TOTAL ? total : Integer.toString(index);
  }
}
