package org.alliance.directory;

import org.apache.lucene.util.SloppyMath;

/**
 * A position in WGS84 degrees, as GPS, web maps, HSDS locations and the ONS Postcode Directory give
 * it.
 */
public record Coordinates(double latitude, double longitude) {

  /** A statute mile. */
  public static final double METRES_PER_MILE = 1609.344;

  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "Not a latitude and longitude: " + latitude + ", " + longitude);
    }
  }

  /**
   * The great-circle distance by the haversine formula, as Lucene measures it when it filters and
   * sorts by distance (one function, so a result's distance and its place in the order agree).
   * Treating the Earth as a sphere is out by at most about 0.5%, which is nothing next to a
   * postcode centroid's own spread when someone asks what is within 5 miles.
   */
  public double distanceMilesTo(Coordinates other) {
    return SloppyMath.haversinMeters(latitude, longitude, other.latitude, other.longitude)
        / METRES_PER_MILE;
  }
}
