package org.alliance.directory;

/**
 * A position in WGS84 degrees, as GPS, web maps, HSDS locations and the ONS Postcode Directory give
 * it.
 */
public record Coordinates(double latitude, double longitude) {

  /** The mean radius of the Earth (IUGG), in statute miles. */
  private static final double EARTH_RADIUS_MILES = 3958.7613;

  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "Not a latitude and longitude: " + latitude + ", " + longitude);
    }
  }

  /**
   * The great-circle distance by the haversine formula. Treating the Earth as a sphere is out by at
   * most about 0.5%, which is nothing next to a postcode centroid's own spread when someone asks
   * what is within 5 miles.
   */
  public double distanceMilesTo(Coordinates other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h =
        Math.pow(Math.sin(dPhi / 2), 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
    return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
