package org.alliance.outcomes.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * One additive relation a reader can use to subtract: {@code total} is the sum of {@code parts}, as
 * a row total is the sum of its row, a column total of its column, and a cell for all periods of
 * the same cell in each period.
 */
public record Relation(Position total, List<Position> parts) {

  public Relation {
    parts = List.copyOf(parts);
    if (parts.size() < 2) {
      // A total of one part is that part again: shown once, not as a relation.
      throw new IllegalArgumentException("a relation adds up at least two parts");
    }
  }

  /** The total and its parts: every figure the relation links. */
  public List<Position> members() {
    List<Position> members = new ArrayList<>(parts.size() + 1);
    members.add(total);
    members.addAll(parts);
    return members;
  }
}
