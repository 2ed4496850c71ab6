package org.alliance.needs.view;

import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's trend drawn as SVG: the area's values as solid dots joined by a line, England's as
 * hollow dots joined by a dashed line, each dot labelled with its value, so the chart reads without
 * colour; the table beside it holds every figure. Geometry only.
 */
public record TrendChart(
    int width,
    int height,
    List<Mark> area,
    List<Mark> england,
    List<Tick> ticks,
    String description) {

  static final int WIDTH = 560;
  static final int HEIGHT = 180;
  private static final int LEFT = 40;
  private static final int RIGHT = 40;
  private static final int TOP = 24;
  private static final int BOTTOM = 36;

  /** One value placed on the chart. */
  public record Mark(int x, int y, String label) {}

  /** A period's name under its place on the chart. */
  public record Tick(int x, String period) {}

  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  public String areaLine() {
    return line(area);
  }

  public String englandLine() {
    return line(england);
  }

  public int axisY() {
    return HEIGHT - BOTTOM;
  }

  public int tickY() {
    return HEIGHT - BOTTOM + 18;
  }

  public static TrendChart of(IndicatorRow row, String areaName) {
    List<String> periods = row.trend().stream().map(IndicatorRow.Point::period).toList();
    double most = 0;
    for (IndicatorRow.Point point : row.trend()) {
      most = Math.max(most, point.number() == null ? 0 : point.number());
    }
    for (IndicatorRow.Point point : row.englandTrend()) {
      most = Math.max(most, point.number() == null ? 0 : point.number());
    }
    double top = most <= 0 ? 1 : most * 1.1;
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      ticks.add(new Tick(x(i, periods.size()), periods.get(i)));
    }
    return new TrendChart(
        WIDTH,
        HEIGHT,
        marks(row.trend(), periods, top),
        marks(row.englandTrend(), periods, top),
        ticks,
        row.name()
            + " in "
            + areaName
            + " over "
            + periods.size()
            + (periods.size() == 1 ? " period" : " periods")
            + (row.englandTrend().isEmpty() ? "" : ", with England's for comparison")
            + ". Every value is labelled and is in the table beside the chart.");
  }

  private static List<Mark> marks(
      List<IndicatorRow.Point> points, List<String> periods, double top) {
    List<Mark> marks = new ArrayList<>();
    for (IndicatorRow.Point point : points) {
      int at = periods.indexOf(point.period());
      if (at >= 0 && point.number() != null) {
        int y = TOP + (int) Math.round((HEIGHT - TOP - BOTTOM) * (1 - point.number() / top));
        marks.add(new Mark(x(at, periods.size()), y, point.value()));
      }
    }
    return marks;
  }

  private static int x(int index, int count) {
    if (count <= 1) {
      return WIDTH / 2;
    }
    return LEFT + index * (WIDTH - LEFT - RIGHT) / (count - 1);
  }

  private static String line(List<Mark> marks) {
    StringBuilder points = new StringBuilder();
    for (Mark mark : marks) {
      points.append(mark.x()).append(',').append(mark.y()).append(' ');
    }
    return points.toString().trim();
  }
}
