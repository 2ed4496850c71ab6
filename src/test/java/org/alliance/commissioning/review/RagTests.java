package org.alliance.commissioning.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The overall rating rule on its own. */
class RagTests {

  @Test
  void anyRedIsRedElseAnyAmberIsAmberElseGreenOnceEveryCriterionIsRated() {
    assertThat(Rag.overall(List.of(Rag.GREEN, Rag.RED, Rag.AMBER))).isEqualTo(Rag.RED);
    assertThat(Rag.overall(List.of(Rag.RED, Rag.NOT_ASSESSED))).isEqualTo(Rag.RED);
    assertThat(Rag.overall(List.of(Rag.GREEN, Rag.AMBER, Rag.GREEN))).isEqualTo(Rag.AMBER);
    assertThat(Rag.overall(List.of(Rag.AMBER, Rag.NOT_ASSESSED))).isEqualTo(Rag.AMBER);
    assertThat(Rag.overall(List.of(Rag.GREEN, Rag.GREEN))).isEqualTo(Rag.GREEN);
    assertThat(Rag.overall(List.of(Rag.GREEN, Rag.NOT_ASSESSED))).isEqualTo(Rag.NOT_ASSESSED);
    assertThat(Rag.overall(List.of())).isEqualTo(Rag.NOT_ASSESSED);
    assertThat(Rag.RULE)
        .isEqualTo(
            "Overall rating: any red criterion makes the review red; otherwise any amber makes it"
                + " amber; otherwise it is green once every criterion is rated, and not assessed"
                + " until then.");
  }

  @Test
  void ratingsAreReadOnlyFromTheirCodes() {
    assertThat(Rag.fromCode("red")).contains(Rag.RED);
    assertThat(Rag.fromCode("not-assessed")).contains(Rag.NOT_ASSESSED);
    assertThat(Rag.fromCode("RED")).isEmpty();
    assertThat(Rag.fromCode("<b>red</b>")).isEmpty();
  }
}
