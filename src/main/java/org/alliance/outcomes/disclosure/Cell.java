package org.alliance.outcomes.disclosure;

/**
 * One figure of a disclosed table: {@code shown} is what may be shown, or null when the figure is
 * suppressed, and {@code reason} says which.
 */
public record Cell(Integer shown, Reason reason) {

  public Cell {
    if (reason == null) {
      throw new IllegalArgumentException("a cell needs a reason");
    }
    if ((shown == null) != reason.suppressed()) {
      throw new IllegalArgumentException("a cell is suppressed exactly when it shows nothing");
    }
  }

  static Cell suppressed(Reason reason) {
    return new Cell(null, reason);
  }

  /**
   * The sum of disclosed figures: shown (rounded if any is) when every one is shown, as it then
   * tells no more than they do; suppressed when any is. The sum of none is a shown zero.
   */
  public static Cell sumOf(java.util.Collection<Cell> cells) {
    int sum = 0;
    boolean rounded = false;
    for (Cell cell : cells) {
      if (cell.isSuppressed()) {
        return suppressed(Reason.SECONDARY);
      }
      sum += cell.shown();
      rounded |= cell.reason() == Reason.ROUNDED;
    }
    return new Cell(sum, rounded ? Reason.ROUNDED : Reason.SHOWN);
  }

  /**
   * A whole less a part of it, both disclosed: shown (rounded if either is) when both are shown, as
   * it then tells no more than they do; suppressed when either is, or when rounding leaves less
   * than nothing.
   */
  public static Cell difference(Cell whole, Cell part) {
    if (whole.isSuppressed() || part.isSuppressed() || part.shown() > whole.shown()) {
      return suppressed(Reason.SECONDARY);
    }
    boolean rounded = whole.reason() == Reason.ROUNDED || part.reason() == Reason.ROUNDED;
    return new Cell(whole.shown() - part.shown(), rounded ? Reason.ROUNDED : Reason.SHOWN);
  }

  public boolean isSuppressed() {
    return shown == null;
  }

  /**
   * How the APIs label the cell: "shown", "rounded" or "suppressed". One status for both kinds of
   * suppression: telling them apart would narrow down the primary ones.
   */
  public String status() {
    if (isSuppressed()) {
      return "suppressed";
    }
    return reason == Reason.ROUNDED ? "rounded" : "shown";
  }
}
