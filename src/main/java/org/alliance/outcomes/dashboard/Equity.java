package org.alliance.outcomes.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.Figures;
import org.alliance.outcomes.indicator.Figures.Line;
import org.alliance.outcomes.indicator.IndicatorDefinition;
import org.alliance.outcomes.indicator.IndicatorDefinitions;
import org.alliance.outcomes.indicator.Indicators;
import org.springframework.stereotype.Component;

/**
 * The equality duties' view (seed 004): every indicator split by one protected characteristic or by
 * area, with each group's gap from everyone, from the same disclosed figures as every page.
 */
@Component
class Equity {

  /** What the equity page splits by: the characteristics the record holds, and area. */
  static final List<Breakdown> SPLITS =
      List.of(Breakdown.SEX, Breakdown.AGE_BAND, Breakdown.ETHNICITY, Breakdown.AREA);

  private final IndicatorDefinitions definitions;
  private final Indicators indicators;

  Equity(IndicatorDefinitions definitions, Indicators indicators) {
    this.definitions = definitions;
    this.indicators = indicators;
  }

  List<EquityPanel> panels(DashboardQuery query, Breakdown by, LocalDate today) {
    List<EquityPanel> panels = new ArrayList<>();
    for (IndicatorDefinition definition : definitions.inForce(today)) {
      indicators
          .figures(definition.code(), query.from(), query.to(), query.period(), by)
          .ifPresent(figures -> panels.add(panel(figures)));
    }
    return panels;
  }

  private static EquityPanel panel(Figures figures) {
    FigureLines lines = new FigureLines(figures);
    Set<Line> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    Line everyone = lines.everyone(null);
    shown.add(everyone);
    List<EquityPanel.Row> rows = new ArrayList<>();
    String widest = null;
    Gap worst = null;
    for (Map.Entry<String, String> group : lines.groups().entrySet()) {
      Line line = lines.group(null, group.getKey());
      shown.add(line);
      Gap gap = Gap.of(line, everyone, figures.definition().better());
      rows.add(new EquityPanel.Row(group.getValue(), Shown.of(line), gap));
      if (gap.worse()
          && (worst == null || gap.points().abs().compareTo(worst.points().abs()) > 0)) {
        worst = gap;
        widest = group.getValue();
      }
    }
    return new EquityPanel(
        figures.definition(), Shown.of(everyone), List.copyOf(rows), widest, Tally.of(shown));
  }
}
