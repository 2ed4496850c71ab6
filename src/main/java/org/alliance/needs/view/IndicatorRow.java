package org.alliance.needs.view;

import java.util.List;
import org.alliance.needs.statistics.Comparison;
import org.alliance.needs.statistics.Interval;

/**
 * One indicator for one area, sex and age at its latest period, as the needs page shows it.
 *
 * @param interval the value and its 95% interval, or null when there is no value or it is withheld
 * @param withheld why the value is not shown, or null
 * @param trend every period's value, oldest first
 * @param englandTrend England's value for the same periods, where it has one
 * @param source the file the latest value came from, and when it was imported
 */
public record IndicatorRow(
    String code,
    String name,
    String unit,
    String sex,
    String age,
    String period,
    Interval interval,
    String withheld,
    String parentName,
    Comparison toParent,
    Comparison toEngland,
    List<Point> trend,
    List<Point> englandTrend,
    String source) {

  /**
   * One period's value.
   *
   * @param number the value as a number for a chart, or null when there is none to show
   */
  public record Point(String period, String value, Double number) {}

  /** England's value for a period, or a dash. */
  public String englandValue(String period) {
    return englandTrend.stream()
        .filter(point -> point.period().equals(period))
        .map(Point::value)
        .findFirst()
        .orElse("\u2013");
  }

  /** The value and interval in words: "560.0 (541.1 to 579.4) per 100,000". */
  public String shown() {
    if (interval == null) {
      return withheld == null ? "No value" : withheld;
    }
    return interval.shown(1) + (unit.isEmpty() ? "" : " " + unit);
  }
}
