package org.alliance.outcomes.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.alliance.outcomes.disclosure.Rate;

/**
 * An indicator's rate over its periods, drawn as SVG: one line per series, the first solid with
 * round markers, the second dashed with square markers, the target a dotted line labelled with its
 * figure, and each withheld period marked {@code [c]} (or {@code [z]}) on the axis where its point
 * would be, so the chart reads without colour; the table beside it holds every figure. Geometry
 * only: the figures are the indicator's, already through disclosure control.
 */
record TrendChart(
    int width,
    int height,
    int left,
    int right,
    int top,
    int bottom,
    List<Tick> yTicks,
    List<Tick> xLabels,
    List<Series> series,
    TargetLine target,
    List<Withheld> withheld,
    String description) {

  static final int WIDTH = 600;
  static final int HEIGHT = 300;
  static final int LEFT = 52;
  static final int RIGHT = 584;
  static final int BOTTOM = 256;

  /** Points sit this far inside the plot's ends, so end markers and labels are not cut off. */
  static final int PAD = 18;

  /** With more periods than this, only every second (third...) is labelled on the axis. */
  static final int MOST_LABELS = 8;

  /**
   * With more points than this in all, none is labelled with its value: the labels would overlap,
   * and the table beside the chart has every figure.
   */
  static final int MOST_VALUE_LABELS = 12;

  private static final int LEGEND_ROW = 18;

  /** One series to draw: its name and its rate for each period, in the periods' order. */
  record Input(String name, List<Rate> rates) {}

  record Tick(int position, String label) {}

  /** A point of a line; {@code y} is null where the rate is withheld or there is none. */
  record Point(String period, int x, Integer y, String label) {

    public boolean shown() {
      return y != null;
    }
  }

  /**
   * @param segments each run of shown points, as an SVG {@code points} attribute: a withheld period
   *     breaks the line rather than joining its neighbours as if it were known
   * @param legendY where the series' row of the legend is
   */
  record Series(String name, int index, List<Point> points, List<String> segments, int legendY) {

    public boolean dashed() {
      return index > 0;
    }

    /** Value labels sit above the first series' points and below the second's. */
    public int labelOffset() {
      return index == 0 ? -9 : 18;
    }
  }

  record TargetLine(int y, String label, int legendY) {}

  /** A mark on the axis for a period whose point is not drawn. */
  record Withheld(int x, int y, String mark) {}

  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  /** Where the axis labels of periods go. */
  public int periodLabelY() {
    return bottom + 38;
  }

  /**
   * @param periods the periods' labels, in order
   * @param inputs one or two series, each with a rate for every period
   * @param target the target, or null
   * @param better {@code higher} or {@code lower}
   */
  static TrendChart of(
      String title, List<String> periods, List<Input> inputs, BigDecimal target, String better) {
    int legendRows = inputs.size() + (target == null ? 0 : 1);
    int top = 14 + LEGEND_ROW * legendRows + 12;
    double most = target == null ? 0 : target.doubleValue();
    double least = target == null ? 0 : target.doubleValue();
    for (Input input : inputs) {
      for (Rate rate : input.rates()) {
        if (rate != null && rate.percent() != null) {
          most = Math.max(most, rate.percent().doubleValue());
          least = Math.min(least, rate.percent().doubleValue());
        }
      }
    }
    // Rates are from 0 up; a change between start and review may fall below 0.
    int high = scaleFor(most);
    int low = least < 0 ? -scaleFor(-least) : 0;
    Scale scale = new Scale(low, high, top);
    List<Tick> yTicks = new ArrayList<>();
    for (int i = 0; i <= 5; i++) {
      int value = low + (high - low) * i / 5;
      yTicks.add(new Tick(scale.y(value), value + "%"));
    }
    List<Integer> xs = xs(periods.size());
    int every = (periods.size() + MOST_LABELS - 1) / MOST_LABELS;
    List<Tick> xLabels = new ArrayList<>();
    for (int i = 0; i < periods.size(); i += Math.max(1, every)) {
      xLabels.add(new Tick(xs.get(i), periods.get(i)));
    }
    boolean valueLabels = periods.size() * inputs.size() <= MOST_VALUE_LABELS;
    List<Series> series = new ArrayList<>();
    List<Withheld> withheld = new ArrayList<>();
    int shownCount = 0;
    int withheldCount = 0;
    for (int s = 0; s < inputs.size(); s++) {
      Input input = inputs.get(s);
      List<Point> points = new ArrayList<>();
      List<String> segments = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      for (int i = 0; i < periods.size(); i++) {
        Rate rate = i < input.rates().size() ? input.rates().get(i) : null;
        int x = xs.get(i);
        if (rate != null && rate.percent() != null) {
          int y = scale.y(rate.percent().doubleValue());
          points.add(new Point(periods.get(i), x, y, valueLabels ? Marks.rate(rate) : null));
          run.append(run.isEmpty() ? "" : " ").append(x).append(',').append(y);
          shownCount++;
        } else {
          points.add(new Point(periods.get(i), x, null, null));
          withheld.add(new Withheld(x, BOTTOM - 6 - 14 * s, Marks.rate(rate)));
          withheldCount++;
          if (!run.isEmpty()) {
            segments.add(run.toString());
            run.setLength(0);
          }
        }
      }
      if (!run.isEmpty()) {
        segments.add(run.toString());
      }
      series.add(
          new Series(
              input.name(), s, List.copyOf(points), List.copyOf(segments), 14 + LEGEND_ROW * s));
    }
    TargetLine targetLine =
        target == null
            ? null
            : new TargetLine(
                scale.y(target.doubleValue()),
                "Target " + target.stripTrailingZeros().toPlainString() + "%",
                14 + LEGEND_ROW * inputs.size());
    String description =
        describe(title, periods, inputs, target, better, shownCount, withheldCount);
    return new TrendChart(
        WIDTH,
        HEIGHT,
        LEFT,
        RIGHT,
        top,
        BOTTOM,
        List.copyOf(yTicks),
        List.copyOf(xLabels),
        List.copyOf(series),
        targetLine,
        List.copyOf(withheld),
        description);
  }

  /** The top of the scale: the largest figure rounded up to a multiple of 10, at least 10. */
  static int scaleFor(double most) {
    int scale = (int) Math.ceil(most / 10.0) * 10;
    return Math.max(10, scale);
  }

  /** From a figure to its height: {@code low} at the plot's foot, {@code high} at its top. */
  private record Scale(int low, int high, int top) {
    int y(double value) {
      return (int) Math.round(BOTTOM - (value - low) * (BOTTOM - top) / (high - low));
    }
  }

  private static List<Integer> xs(int count) {
    List<Integer> xs = new ArrayList<>(count);
    if (count == 1) {
      xs.add((LEFT + RIGHT) / 2);
      return xs;
    }
    double step = (RIGHT - LEFT - 2.0 * PAD) / (count - 1);
    for (int i = 0; i < count; i++) {
      xs.add((int) Math.round(LEFT + PAD + i * step));
    }
    return xs;
  }

  private static String describe(
      String title,
      List<String> periods,
      List<Input> inputs,
      BigDecimal target,
      String better,
      int shown,
      int withheld) {
    StringBuilder text = new StringBuilder(title).append(": ");
    text.append(String.join(" and ", inputs.stream().map(Input::name).toList()));
    if (periods.isEmpty()) {
      return text.append(", no periods.").toString();
    }
    text.append(", ")
        .append(periods.size())
        .append(periods.size() == 1 ? " period, " : " periods, ")
        .append(periods.get(0));
    if (periods.size() > 1) {
      text.append(" to ").append(periods.get(periods.size() - 1));
    }
    text.append(". ").append(shown).append(shown == 1 ? " point shown, " : " points shown, ");
    text.append(withheld).append(" withheld.");
    for (Input input : inputs) {
      for (int i = input.rates().size() - 1; i >= 0; i--) {
        Rate rate = input.rates().get(i);
        if (rate != null && rate.percent() != null) {
          text.append(" Latest shown for ")
              .append(input.name())
              .append(": ")
              .append(Marks.rate(rate))
              .append(" in ")
              .append(periods.get(i))
              .append('.');
          break;
        }
      }
    }
    if (target != null) {
      text.append(" Target ")
          .append(target.stripTrailingZeros().toPlainString())
          .append("%, ")
          .append("lower".equals(better) ? "lower" : "higher")
          .append(" is better.");
    }
    return text.append(" The table beside the chart gives every figure.").toString();
  }
}
