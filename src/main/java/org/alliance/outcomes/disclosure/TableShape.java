package org.alliance.outcomes.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The labels of a table of counts and the totals shown with it. A dimension with more than one line
 * gets a total line (a row total column, a column total row, an "all periods" layer); a dimension
 * of one line does not, because its total would be the same figure again. So a breakdown by one
 * dimension (people by member) is a table of one column, and one by two (member by sex) has both
 * totals and a grand total; either may be repeated for each period.
 *
 * @param rows the row labels (a member, an area, an age band...)
 * @param columns the column labels
 * @param periods the period labels, empty for a table without a period dimension
 */
public record TableShape(List<String> rows, List<String> columns, List<String> periods) {

  public TableShape {
    rows = labels("row", rows, false);
    columns = labels("column", columns, false);
    periods = labels("period", periods, true);
  }

  private static List<String> labels(String what, List<String> labels, boolean mayBeEmpty) {
    List<String> copy = List.copyOf(labels);
    if (copy.isEmpty() && !mayBeEmpty) {
      throw new IllegalArgumentException("a table needs at least one " + what);
    }
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException("each " + what + " label must be different: " + copy);
    }
    return copy;
  }

  /** How many periods have a layer of their own: one for a table without periods. */
  public int periodCount() {
    return Math.max(1, periods.size());
  }

  public boolean hasRowTotals() {
    return columns.size() > 1;
  }

  public boolean hasColumnTotals() {
    return rows.size() > 1;
  }

  public boolean hasAllPeriods() {
    return periods.size() > 1;
  }

  /** The row indexes shown, the column total row ({@link Position#TOTAL}) last if there is one. */
  public List<Integer> rowIndexes() {
    return indexes(rows.size(), hasColumnTotals());
  }

  /** The column indexes shown, the row total column last if there is one. */
  public List<Integer> columnIndexes() {
    return indexes(columns.size(), hasRowTotals());
  }

  /** The period indexes shown, "all periods" last if there is more than one period. */
  public List<Integer> periodIndexes() {
    return indexes(periodCount(), hasAllPeriods());
  }

  private static List<Integer> indexes(int size, boolean total) {
    List<Integer> indexes = new ArrayList<>(size + 1);
    for (int i = 0; i < size; i++) {
      indexes.add(i);
    }
    if (total) {
      indexes.add(Position.TOTAL);
    }
    return List.copyOf(indexes);
  }

  /** Every figure shown, body and totals: period by period, then row by row. */
  public List<Position> positions() {
    List<Position> positions = new ArrayList<>();
    for (int p : periodIndexes()) {
      for (int r : rowIndexes()) {
        for (int c : columnIndexes()) {
          positions.add(new Position(p, r, c));
        }
      }
    }
    return List.copyOf(positions);
  }

  /** Whether the shape shows a figure at this position. */
  public boolean contains(Position position) {
    return periodIndexes().contains(position.period())
        && rowIndexes().contains(position.row())
        && columnIndexes().contains(position.column());
  }

  /**
   * Every additive relation between the figures shown: in each period and in "all periods", each
   * row (the column total row too) adds up to its row total and each column (the row total column
   * too) to its column total; and each figure for all periods is the sum of the same figure in each
   * period. These are exactly the subtractions a reader of the whole table can make.
   */
  public List<Relation> relations() {
    List<Relation> relations = new ArrayList<>();
    for (int p : periodIndexes()) {
      if (hasRowTotals()) {
        for (int r : rowIndexes()) {
          List<Position> parts = new ArrayList<>();
          for (int c = 0; c < columns.size(); c++) {
            parts.add(new Position(p, r, c));
          }
          relations.add(new Relation(new Position(p, r, Position.TOTAL), parts));
        }
      }
      if (hasColumnTotals()) {
        for (int c : columnIndexes()) {
          List<Position> parts = new ArrayList<>();
          for (int r = 0; r < rows.size(); r++) {
            parts.add(new Position(p, r, c));
          }
          relations.add(new Relation(new Position(p, Position.TOTAL, c), parts));
        }
      }
    }
    if (hasAllPeriods()) {
      for (int r : rowIndexes()) {
        for (int c : columnIndexes()) {
          List<Position> parts = new ArrayList<>();
          for (int p = 0; p < periods.size(); p++) {
            parts.add(new Position(p, r, c));
          }
          relations.add(new Relation(new Position(Position.TOTAL, r, c), parts));
        }
      }
    }
    return List.copyOf(relations);
  }
}
