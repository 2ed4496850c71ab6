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
    List<Point> trend) {

  /** One period's value. */
  public record Point(String period, String value) {}

  /** The value and interval in words: "560.0 (541.1 to 579.4) per 100,000". */
  public String shown() {
    if (interval == null) {
      return withheld == null ? "No value" : withheld;
    }
    return interval.shown(1) + (unit.isEmpty() ? "" : " " + unit);
  }
}
