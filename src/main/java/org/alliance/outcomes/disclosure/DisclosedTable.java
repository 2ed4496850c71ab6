package org.alliance.outcomes.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A table as it may be shown to anyone who does not work with the people counted: every figure of
 * its {@link TableShape} is a {@link Cell}, shown or suppressed. It holds no true count of a
 * suppressed cell, so nothing that renders it can leak one.
 */
public final class DisclosedTable {

  private final TableShape shape;
  private final Map<Position, Cell> cells;

  DisclosedTable(TableShape shape, Map<Position, Cell> cells) {
    this.shape = shape;
    this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }

  public TableShape shape() {
    return shape;
  }

  public Cell cell(Position position) {
    Cell cell = cells.get(position);
    if (cell == null) {
      throw new IllegalArgumentException("the table shows no figure at " + position);
    }
    return cell;
  }

  public Cell cell(int period, int row, int column) {
    return cell(new Position(period, row, column));
  }

  /** Every figure, body and totals, in {@link TableShape#positions()} order. */
  public Map<Position, Cell> cells() {
    return cells;
  }

  /** The positions of the suppressed figures, in table order. */
  public Set<Position> suppressed() {
    Set<Position> suppressed = new LinkedHashSet<>();
    cells.forEach(
        (position, cell) -> {
          if (cell.isSuppressed()) {
            suppressed.add(position);
          }
        });
    return Collections.unmodifiableSet(suppressed);
  }

  /** Whether the figures shown are rounded, so a reader's sums need not add up exactly. */
  public boolean rounded() {
    return cells.values().stream().anyMatch(cell -> cell.reason() == Reason.ROUNDED);
  }
}
