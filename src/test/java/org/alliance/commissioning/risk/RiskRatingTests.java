package org.alliance.commissioning.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliance.commissioning.risk.RiskRating.Band;
import org.junit.jupiter.api.Test;

/** The rating rule on its own: likelihood × impact and the stated bands. */
class RiskRatingTests {

  @Test
  void everyProductFallsInTheBandThePageStates() {
    for (int likelihood = 1; likelihood <= 5; likelihood++) {
      for (int impact = 1; impact <= 5; impact++) {
        int rating = RiskRating.rating(likelihood, impact);
        assertThat(rating).isEqualTo(likelihood * impact);
        Band expected = rating <= 4 ? Band.LOW : rating <= 12 ? Band.MEDIUM : Band.HIGH;
        assertThat(RiskRating.band(likelihood, impact))
            .as(likelihood + "×" + impact)
            .isEqualTo(expected);
      }
    }
    assertThat(RiskRating.band(4)).isEqualTo(Band.LOW);
    assertThat(RiskRating.band(5)).isEqualTo(Band.MEDIUM);
    assertThat(RiskRating.band(12)).isEqualTo(Band.MEDIUM);
    assertThat(RiskRating.band(15)).isEqualTo(Band.HIGH);
    assertThat(RiskRating.band(25)).isEqualTo(Band.HIGH);
    assertThat(RiskRating.bandsStated())
        .isEqualTo("Rating = likelihood × impact. Low: 1 to 4. Medium: 5 to 12. High: 15 to 25.");
  }

  @Test
  void scoresOutsideOneToFiveAreRefused() {
    assertThatThrownBy(() -> RiskRating.rating(0, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskRating.rating(3, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskRating.band(26)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskRating.band(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scoresHaveTheirWords() {
    assertThat(RiskRating.likelihoodWord(1)).isEqualTo("Rare");
    assertThat(RiskRating.likelihoodWord(5)).isEqualTo("Almost certain");
    assertThat(RiskRating.impactWord(1)).isEqualTo("Negligible");
    assertThat(RiskRating.impactWord(5)).isEqualTo("Severe");
    assertThat(RiskFields.scoreText(4, 4)).isEqualTo("Likely (4) × Major (4) = 16, High");
  }
}
