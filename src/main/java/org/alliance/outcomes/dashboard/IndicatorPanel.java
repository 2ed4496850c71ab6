package org.alliance.outcomes.dashboard;

import java.util.List;
import org.alliance.outcomes.indicator.IndicatorDefinition;

/**
 * One indicator on a dashboard: its trend for each series (the alliance, and the viewer's own
 * member where they have one), each series' figure for the whole range judged against the target,
 * each member's beside them for the alliance manager, and the chart of the trend.
 *
 * @param computed false for an indicator in force whose figures are not computed yet
 * @param series the columns: the alliance first
 * @param trend one row per period, a figure per series
 * @param members each member's figure for the whole range (the alliance manager's view), else empty
 * @param chart null when not computed
 */
record IndicatorPanel(
    IndicatorDefinition definition,
    boolean computed,
    List<SeriesTotal> series,
    List<PeriodRow> trend,
    List<GroupTotal> members,
    TrendChart chart,
    Tally tally) {

  /** A series' name, its figure for the whole range and that figure's judgement. */
  record SeriesTotal(String name, Shown total, Rag.Status status) {}

  /** A period's figure for each series, in the series' order. */
  record PeriodRow(String period, List<Shown> figures) {}

  /** A group's figure for the whole range, judged, and for each period. */
  record GroupTotal(String name, Shown total, Rag.Status status, List<Shown> byPeriod) {}

  static IndicatorPanel notComputed(IndicatorDefinition definition) {
    return new IndicatorPanel(
        definition, false, List.of(), List.of(), List.of(), null, Tally.EMPTY);
  }

  /** The target in words, with which way is better. */
  public String targetText() {
    return Targets.text(definition);
  }
}
