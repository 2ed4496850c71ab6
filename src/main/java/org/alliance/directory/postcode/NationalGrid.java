package org.alliance.directory.postcode;

import org.alliance.directory.Coordinates;

/**
 * British National Grid eastings and northings (OSGB36) to WGS84 latitude and longitude, for OS
 * Code-Point Open, which gives only grid references.
 *
 * <p>Two steps from the Ordnance Survey's "A guide to coordinate systems in Great Britain": the
 * inverse Transverse Mercator projection on the Airy 1830 ellipsoid (annex C), then the
 * seven-parameter Helmert transformation from OSGB36 to WGS84 (section 6.6). The Helmert step is
 * good to about 5 m across Great Britain; OSTN15 would be good to 0.1 m but needs a 40 MB grid
 * file, and a postcode centroid is only a rough middle of some 15 addresses anyway. Written out
 * rather than taken from a library because it is forty lines and tested against the OS's worked
 * example.
 */
final class NationalGrid {

  // Airy 1830 ellipsoid and the National Grid's projection.
  private static final double AIRY_A = 6377563.396;
  private static final double AIRY_B = 6356256.909;
  private static final double F0 = 0.9996012717;
  private static final double PHI0 = Math.toRadians(49);
  private static final double LAMBDA0 = Math.toRadians(-2);
  private static final double N0 = -100000;
  private static final double E0 = 400000;

  // GRS80 / WGS84 ellipsoid.
  private static final double WGS84_A = 6378137.000;
  private static final double WGS84_B = 6356752.3141;

  // OSGB36 to WGS84: the OS's published WGS84-to-OSGB36 parameters with their signs reversed.
  private static final double TX = 446.448;
  private static final double TY = -125.157;
  private static final double TZ = 542.060;
  private static final double S = -20.4894e-6;
  private static final double RX = arcSeconds(0.1502);
  private static final double RY = arcSeconds(0.2470);
  private static final double RZ = arcSeconds(0.8421);

  private NationalGrid() {}

  /** WGS84 latitude and longitude of a National Grid reference in metres. */
  static Coordinates toWgs84(double easting, double northing) {
    double[] osgb36 = toOsgb36(easting, northing);
    double[] xyz = toCartesian(osgb36[0], osgb36[1], AIRY_A, AIRY_B);
    double x = TX + (1 + S) * xyz[0] - RZ * xyz[1] + RY * xyz[2];
    double y = TY + RZ * xyz[0] + (1 + S) * xyz[1] - RX * xyz[2];
    double z = TZ - RY * xyz[0] + RX * xyz[1] + (1 + S) * xyz[2];
    double[] latLong = toGeodetic(x, y, z, WGS84_A, WGS84_B);
    return new Coordinates(Math.toDegrees(latLong[0]), Math.toDegrees(latLong[1]));
  }

  /** OSGB36 latitude and longitude in radians: the inverse projection (OS guide, annex C.2). */
  static double[] toOsgb36(double easting, double northing) {
    double e2 = 1 - (AIRY_B * AIRY_B) / (AIRY_A * AIRY_A);
    double phi = (northing - N0) / (AIRY_A * F0) + PHI0;
    double m = meridionalArc(phi);
    while (Math.abs(northing - N0 - m) >= 0.00001) {
      phi += (northing - N0 - m) / (AIRY_A * F0);
      m = meridionalArc(phi);
    }
    double sin = Math.sin(phi);
    double tan = Math.tan(phi);
    double tan2 = tan * tan;
    double tan4 = tan2 * tan2;
    double sec = 1 / Math.cos(phi);
    double nu = AIRY_A * F0 / Math.sqrt(1 - e2 * sin * sin);
    double rho = AIRY_A * F0 * (1 - e2) / Math.pow(1 - e2 * sin * sin, 1.5);
    double eta2 = nu / rho - 1;
    double vii = tan / (2 * rho * nu);
    double viii = tan / (24 * rho * Math.pow(nu, 3)) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2);
    double ix = tan / (720 * rho * Math.pow(nu, 5)) * (61 + 90 * tan2 + 45 * tan4);
    double x = sec / nu;
    double xi = sec / (6 * Math.pow(nu, 3)) * (nu / rho + 2 * tan2);
    double xii = sec / (120 * Math.pow(nu, 5)) * (5 + 28 * tan2 + 24 * tan4);
    double xiia =
        sec / (5040 * Math.pow(nu, 7)) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan4 * tan2);
    double de = easting - E0;
    double latitude = phi - vii * Math.pow(de, 2) + viii * Math.pow(de, 4) - ix * Math.pow(de, 6);
    double longitude =
        LAMBDA0 + x * de - xi * Math.pow(de, 3) + xii * Math.pow(de, 5) - xiia * Math.pow(de, 7);
    return new double[] {latitude, longitude};
  }

  /** The developed meridional arc M from the true origin to latitude phi (OS guide, C.1 B2). */
  private static double meridionalArc(double phi) {
    double n = (AIRY_A - AIRY_B) / (AIRY_A + AIRY_B);
    double n2 = n * n;
    double n3 = n2 * n;
    double dPhi = phi - PHI0;
    double sPhi = phi + PHI0;
    return AIRY_B
        * F0
        * ((1 + n + 1.25 * n2 + 1.25 * n3) * dPhi
            - (3 * n + 3 * n2 + 21.0 / 8 * n3) * Math.sin(dPhi) * Math.cos(sPhi)
            + (15.0 / 8 * n2 + 15.0 / 8 * n3) * Math.sin(2 * dPhi) * Math.cos(2 * sPhi)
            - 35.0 / 24 * n3 * Math.sin(3 * dPhi) * Math.cos(3 * sPhi));
  }

  /** Earth-centred cartesian coordinates of a point on the ellipsoid's surface (height 0). */
  private static double[] toCartesian(double phi, double lambda, double a, double b) {
    double e2 = 1 - (b * b) / (a * a);
    double nu = a / Math.sqrt(1 - e2 * Math.pow(Math.sin(phi), 2));
    return new double[] {
      nu * Math.cos(phi) * Math.cos(lambda),
      nu * Math.cos(phi) * Math.sin(lambda),
      (1 - e2) * nu * Math.sin(phi)
    };
  }

  /** Latitude and longitude in radians from cartesian coordinates, iterating to well under 1 mm. */
  private static double[] toGeodetic(double x, double y, double z, double a, double b) {
    double e2 = 1 - (b * b) / (a * a);
    double p = Math.hypot(x, y);
    double phi = Math.atan2(z, p * (1 - e2));
    for (int i = 0; i < 10; i++) {
      double nu = a / Math.sqrt(1 - e2 * Math.pow(Math.sin(phi), 2));
      phi = Math.atan2(z + e2 * nu * Math.sin(phi), p);
    }
    return new double[] {phi, Math.atan2(y, x)};
  }

  private static double arcSeconds(double seconds) {
    return Math.toRadians(seconds / 3600);
  }
}
