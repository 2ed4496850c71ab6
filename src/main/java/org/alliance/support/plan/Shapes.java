package org.alliance.support.plan;

import java.util.Locale;

/**
 * Marker shapes for the map and the chart, as SVG path data centred on a point. Shapes (and their
 * names, which the tables beside the drawings repeat) tell things apart, so nothing depends on
 * colour alone.
 */
final class Shapes {

  static final String[] NAMES = {
    "circle",
    "square",
    "diamond",
    "triangle",
    "upside-down triangle",
    "hexagon",
    "house",
    "star",
    "cross",
    "plus"
  };

  private Shapes() {}

  static int count() {
    return NAMES.length;
  }

  /** Path data for shape {@code shape} (0-9) of about {@code size} across, centred on (x, y). */
  static String path(int shape, double x, double y, double size) {
    double r = size / 2;
    return switch (shape % NAMES.length) {
      case 0 ->
          "M" + f(x - r) + " " + f(y) + " a" + f(r) + " " + f(r) + " 0 1 0 " + f(2 * r) + " 0 a"
              + f(r) + " " + f(r) + " 0 1 0 " + f(-2 * r) + " 0 Z";
      case 1 -> polygon(x, y, r * 0.9, 4, 45);
      case 2 -> polygon(x, y, r * 1.15, 4, 0);
      case 3 -> polygon(x, y, r * 1.15, 3, 0);
      case 4 -> polygon(x, y, r * 1.15, 3, 180);
      case 5 -> polygon(x, y, r, 6, 30);
      case 6 ->
          points(
              x, y, new double[][] {{0, -1.1}, {1, -0.2}, {1, 1}, {-1, 1}, {-1, -0.2}}, r * 0.95);
      case 7 -> star(x, y, r * 1.2);
      case 8 ->
          points(
              x,
              y,
              new double[][] {
                {-1, -0.6},
                {-0.6, -1},
                {0, -0.4},
                {0.6, -1},
                {1, -0.6},
                {0.4, 0},
                {1, 0.6},
                {0.6, 1},
                {0, 0.4},
                {-0.6, 1},
                {-1, 0.6},
                {-0.4, 0}
              },
              r);
      default ->
          points(
              x,
              y,
              new double[][] {
                {-0.35, -1}, {0.35, -1}, {0.35, -0.35}, {1, -0.35}, {1, 0.35}, {0.35, 0.35},
                {0.35, 1}, {-0.35, 1}, {-0.35, 0.35}, {-1, 0.35}, {-1, -0.35}, {-0.35, -0.35}
              },
              r);
    };
  }

  private static String polygon(double x, double y, double r, int sides, double rotation) {
    double[][] corners = new double[sides][];
    for (int i = 0; i < sides; i++) {
      double a = Math.toRadians(rotation - 90 + 360.0 * i / sides);
      corners[i] = new double[] {Math.cos(a), Math.sin(a)};
    }
    return points(x, y, corners, r);
  }

  private static String star(double x, double y, double r) {
    double[][] corners = new double[10][];
    for (int i = 0; i < 10; i++) {
      double a = Math.toRadians(-90 + 36.0 * i);
      double k = i % 2 == 0 ? 1 : 0.45;
      corners[i] = new double[] {Math.cos(a) * k, Math.sin(a) * k};
    }
    return points(x, y, corners, r);
  }

  private static String points(double x, double y, double[][] corners, double scale) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < corners.length; i++) {
      d.append(i == 0 ? "M" : " L")
          .append(f(x + corners[i][0] * scale))
          .append(' ')
          .append(f(y + corners[i][1] * scale));
    }
    return d.append(" Z").toString();
  }

  static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
