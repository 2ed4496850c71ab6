package org.alliance.support.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Each goal's progress over time as a line chart: 1-10 up the side, dates along the bottom. Every
 * goal has its own marker shape (ten shapes, solid then hollow), line pattern and a direct label
 * ("G3") at the end of its line, so it reads without colour; its data table is beside it. Built for
 * 20 goals of 20 ratings: labels are spread so that they never overlap.
 */
public record JourneyChart(
    List<Series> series, List<Tick> xTicks, List<Tick> yTicks, LocalDate from, LocalDate to) {

  static final int WIDTH = 760;
  static final int HEIGHT = 420;
  static final double LEFT = 56;
  static final double RIGHT = 600;
  static final double TOP = 20;
  static final double BOTTOM = 360;
  static final double LABEL_GAP = 15;
  static final String[] DASHES = {"", "8 4", "2 4"};
  static final String[] DASH_NAMES = {"solid line", "dashed line", "dotted line"};

  public record Point(double x, double y, String path, String title) {}

  public record Series(
      String tag,
      String goal,
      String domain,
      String marker,
      String dash,
      int colour,
      boolean hollow,
      String polyline,
      List<Point> points,
      List<Rating> ratings,
      double lastX,
      double lastY,
      double labelY) {}

  public record Tick(double at, String label) {}

  public static JourneyChart of(List<Goal> goals) {
    List<Goal> rated = goals.stream().filter(g -> !g.ratings().isEmpty()).toList();
    if (rated.isEmpty()) {
      return new JourneyChart(List.of(), List.of(), List.of(), null, null);
    }
    LocalDate from =
        rated.stream().map(g -> g.ratings().get(0).ratedOn()).min(Comparator.naturalOrder()).get();
    LocalDate to =
        rated.stream().map(g -> g.latest().ratedOn()).max(Comparator.naturalOrder()).get();
    if (!to.isAfter(from)) {
      from = from.minusDays(14);
      to = to.plusDays(14);
    }
    long span = ChronoUnit.DAYS.between(from, to);
    List<Series> series = new ArrayList<>();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      if (goal.ratings().isEmpty()) {
        continue;
      }
      String tag = "G" + (i + 1);
      int shape = i % Shapes.count();
      boolean hollow = (i / Shapes.count()) % 2 == 1;
      List<Point> points = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (Rating r : goal.ratings()) {
        double x = x(r.ratedOn(), from, span);
        double y = y(r.score());
        points.add(
            new Point(
                x, y, Shapes.path(shape, x, y, 11), tag + ": " + r.score() + " on " + r.day()));
        line.append(Shapes.f(x)).append(',').append(Shapes.f(y)).append(' ');
      }
      Point last = points.get(points.size() - 1);
      series.add(
          new Series(
              tag,
              goal.words(),
              goal.domain(),
              (hollow ? "hollow " : "solid ") + Shapes.NAMES[shape] + ", " + DASH_NAMES[i % 3],
              DASHES[i % 3],
              i % 8,
              hollow,
              line.toString().strip(),
              points,
              goal.ratings(),
              last.x(),
              last.y(),
              last.y()));
    }
    return new JourneyChart(spread(series), dateTicks(from, to, span), scoreTicks(), from, to);
  }

  /** Moves end labels apart, keeping each as near its line's end as the others allow. */
  private static List<Series> spread(List<Series> series) {
    List<Series> byEnd = new ArrayList<>(series);
    byEnd.sort(Comparator.comparingDouble(Series::lastY));
    double[] ys = new double[byEnd.size()];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = Math.max(byEnd.get(i).lastY(), i == 0 ? TOP + 4 : ys[i - 1] + LABEL_GAP);
    }
    // Pushed past the bottom: shift the tail back up.
    for (int i = ys.length - 1; i >= 0; i--) {
      double limit = i == ys.length - 1 ? BOTTOM + 4 : ys[i + 1] - LABEL_GAP;
      ys[i] = Math.min(ys[i], limit);
    }
    List<Series> placed = new ArrayList<>();
    for (Series s : series) {
      int i = byEnd.indexOf(s);
      placed.add(
          new Series(
              s.tag(),
              s.goal(),
              s.domain(),
              s.marker(),
              s.dash(),
              s.colour(),
              s.hollow(),
              s.polyline(),
              s.points(),
              s.ratings(),
              s.lastX(),
              s.lastY(),
              ys[i]));
    }
    return placed;
  }

  private static List<Tick> dateTicks(LocalDate from, LocalDate to, long span) {
    List<Tick> ticks = new ArrayList<>();
    int count = (int) Math.min(6, Math.max(2, span / 7));
    for (int i = 0; i < count; i++) {
      LocalDate day = from.plusDays(Math.round((double) span * i / (count - 1)));
      ticks.add(new Tick(x(day, from, span), Dates.SHORT.format(day)));
    }
    return ticks;
  }

  private static List<Tick> scoreTicks() {
    List<Tick> ticks = new ArrayList<>();
    for (int score = Progress.LOWEST; score <= Progress.HIGHEST; score++) {
      ticks.add(new Tick(y(score), String.valueOf(score)));
    }
    return ticks;
  }

  static double x(LocalDate day, LocalDate from, long span) {
    return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(from, day) / (double) span;
  }

  static double y(int score) {
    return BOTTOM
        - (BOTTOM - TOP) * (score - Progress.LOWEST) / (Progress.HIGHEST - Progress.LOWEST);
  }

  public boolean empty() {
    return series.isEmpty();
  }

  public String viewBox() {
    return "0 0 " + WIDTH + " " + HEIGHT;
  }

  public double left() {
    return LEFT;
  }

  public double right() {
    return RIGHT;
  }

  public double top() {
    return TOP;
  }

  public double bottom() {
    return BOTTOM;
  }

  public double labelX() {
    return RIGHT + 22;
  }

  public String period() {
    return Dates.day(from) + " to " + Dates.day(to);
  }
}
