package org.alliance.outcomes.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding disclosed figures never shows more than they do. */
class CellTests {

  @Test
  void aSumOfShownFiguresIsShownRoundedIfAnyIsAndAnySuppressedOneSuppressesIt() {
    Cell seven = new Cell(7, Reason.SHOWN);
    Cell ten = new Cell(10, Reason.ROUNDED);
    assertThat(Cell.sumOf(List.of(seven, new Cell(0, Reason.SHOWN))))
        .isEqualTo(new Cell(7, Reason.SHOWN));
    assertThat(Cell.sumOf(List.of(seven, ten))).isEqualTo(new Cell(17, Reason.ROUNDED));
    Cell withSecondary = Cell.sumOf(List.of(seven, new Cell(null, Reason.SECONDARY)));
    Cell withPrimary = Cell.sumOf(List.of(new Cell(null, Reason.PRIMARY), ten));
    assertThat(withSecondary.isSuppressed()).isTrue();
    // One mark for both kinds, so the sum does not tell which was small.
    assertThat(withPrimary).isEqualTo(withSecondary);
    assertThat(Cell.sumOf(List.of())).isEqualTo(new Cell(0, Reason.SHOWN));
  }

  @Test
  void aDifferenceOfShownFiguresIsShownAndNeverBelowNothing() {
    assertThat(Cell.difference(new Cell(20, Reason.SHOWN), new Cell(7, Reason.SHOWN)))
        .isEqualTo(new Cell(13, Reason.SHOWN));
    assertThat(Cell.difference(new Cell(20, Reason.ROUNDED), new Cell(7, Reason.SHOWN)))
        .isEqualTo(new Cell(13, Reason.ROUNDED));
    assertThat(Cell.difference(new Cell(20, Reason.SHOWN), new Cell(null, Reason.PRIMARY)))
        .isEqualTo(new Cell(null, Reason.SECONDARY));
    assertThat(Cell.difference(new Cell(null, Reason.SECONDARY), new Cell(7, Reason.SHOWN)))
        .isEqualTo(new Cell(null, Reason.SECONDARY));
    // Rounding can leave a part larger than its whole: that is no figure at all.
    assertThat(
            Cell.difference(new Cell(5, Reason.ROUNDED), new Cell(10, Reason.ROUNDED))
                .isSuppressed())
        .isTrue();
  }
}
