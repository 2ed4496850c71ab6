package org.alliance.directory.postcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.alliance.directory.Coordinates;
import org.junit.jupiter.api.Test;

class NationalGridTests {

  private static final double METRES_PER_MILE = 1609.344;

  /**
   * The worked example in annex C of the OS's "A guide to coordinate systems in Great Britain": E
   * 651409.903, N 313177.270 is OSGB36 52°39′27.2531″N, 1°43′04.5177″E.
   */
  @Test
  void inverseProjectionMatchesTheOsWorkedExample() {
    double[] osgb36 = NationalGrid.toOsgb36(651409.903, 313177.270);
    assertThat(Math.toDegrees(osgb36[0]))
        .isCloseTo(dms(52, 39, 27.2531), within(arcSeconds(0.0001)));
    assertThat(Math.toDegrees(osgb36[1])).isCloseTo(dms(1, 43, 4.5177), within(arcSeconds(0.0001)));
  }

  /**
   * TR 143 599 (E 614300, N 159900), near Canterbury, is ETRS89 51.297880, 1.072628 by the OS's
   * exact OSTN transformation (ETRS89 and WGS84 differ by well under a metre here). The Helmert
   * transformation should land within 5 m.
   */
  @Test
  void gridReferenceToWgs84WithinFiveMetres() {
    Coordinates converted = NationalGrid.toWgs84(614300, 159900);
    double metres =
        converted.distanceMilesTo(new Coordinates(51.297880, 1.072628)) * METRES_PER_MILE;
    assertThat(metres).isLessThan(5);
  }

  /** The demo's ONSPD rows were written with the forward transformation; coming back agrees. */
  @Test
  void agreesWithTheDemoPostcodeFile() {
    Coordinates converted = NationalGrid.toWgs84(455963, 284297);
    double metres =
        converted.distanceMilesTo(new Coordinates(52.453766, -1.177911)) * METRES_PER_MILE;
    assertThat(metres).isLessThan(1);
  }

  private static double dms(int degrees, int minutes, double seconds) {
    return degrees + minutes / 60.0 + seconds / 3600.0;
  }

  private static double arcSeconds(double seconds) {
    return seconds / 3600.0;
  }
}
