package org.alliance.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoordinatesTests {

  @Test
  void oneDegreeOfLatitudeIsAbout69Miles() {
    assertThat(new Coordinates(52, -1).distanceMilesTo(new Coordinates(53, -1)))
        .isCloseTo(69.09, within(0.01));
  }

  @Test
  void londonToManchesterIsAbout163MilesAsTheCrowFlies() {
    Coordinates charingCross = new Coordinates(51.5073, -0.1276);
    Coordinates manchesterTownHall = new Coordinates(53.4794, -2.2453);
    assertThat(charingCross.distanceMilesTo(manchesterTownHall)).isCloseTo(163, within(1.0));
    assertThat(manchesterTownHall.distanceMilesTo(charingCross))
        .isEqualTo(charingCross.distanceMilesTo(manchesterTownHall));
  }

  @Test
  void aPointIsNoDistanceFromItself() {
    Coordinates here = new Coordinates(52.4560, -1.1850);
    assertThat(here.distanceMilesTo(here)).isZero();
  }

  /** A result's distance and its place in Lucene's distance order come from one function. */
  @Test
  void measuresAsTheSearchIndexDoes() {
    Coordinates here = new Coordinates(52.4560, -1.1850);
    Coordinates there = new Coordinates(52.5012, -1.3021);
    assertThat(here.distanceMilesTo(there))
        .isEqualTo(
            org.apache.lucene.util.SloppyMath.haversinMeters(52.4560, -1.1850, 52.5012, -1.3021)
                / Coordinates.METRES_PER_MILE);
  }

  @Test
  void refusesImpossiblePositions() {
    assertThatThrownBy(() -> new Coordinates(91, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Coordinates(0, -181)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Coordinates(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
