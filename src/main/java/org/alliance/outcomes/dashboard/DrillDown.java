package org.alliance.outcomes.dashboard;

import java.util.List;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.IndicatorDefinition;

/**
 * One indicator in detail: everyone's trend with its chart, and the chosen breakdown's groups for
 * the whole range and for each period, all from one disclosed table.
 */
record DrillDown(
    IndicatorDefinition definition,
    Breakdown by,
    List<String> periods,
    List<IndicatorPanel.PeriodRow> trend,
    Shown total,
    Rag.Status status,
    List<IndicatorPanel.GroupTotal> groups,
    TrendChart chart,
    Tally tally) {

  public String targetText() {
    return Targets.text(definition);
  }
}
