package org.alliance.outcomes.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.Figures;
import org.alliance.outcomes.indicator.Figures.Line;
import org.alliance.outcomes.indicator.IndicatorDefinition;
import org.alliance.outcomes.indicator.IndicatorDefinitions;
import org.alliance.outcomes.indicator.Indicators;
import org.springframework.stereotype.Component;

/**
 * The dashboards' and drill-downs' contents, for every indicator in force, from {@link
 * Indicators#figures} only: figures that have been through disclosure control, whoever looks.
 */
@Component
class Dashboards {

  private final IndicatorDefinitions definitions;
  private final Indicators indicators;
  private final Rag rag;

  Dashboards(IndicatorDefinitions definitions, Indicators indicators, Rag rag) {
    this.definitions = definitions;
    this.indicators = indicators;
    this.rag = rag;
  }

  List<IndicatorPanel> dashboard(DashboardViewer viewer, DashboardQuery query, LocalDate today) {
    // The alliance-only view asks for everyone's figures; the others for members', and take the
    // alliance's from the same table's totals, so no page mixes two tables disclosed apart.
    Breakdown by =
        viewer.view() == DashboardViewer.View.ALLIANCE ? Breakdown.NONE : Breakdown.MEMBER;
    List<IndicatorPanel> panels = new ArrayList<>();
    for (IndicatorDefinition definition : definitions.inForce(today)) {
      Optional<Figures> figures =
          indicators.figures(definition.code(), query.from(), query.to(), query.period(), by);
      // Staff who work with their member's people see its figures as they are; the table they
      // come from holds that member alone, and the alliance's stays the disclosed one, which is
      // safe against a member that knows its own row.
      Figures own =
          viewer.seesOwnMember() && viewer.audience().member().isPresent()
              ? indicators
                  .figures(
                      definition.code(),
                      query.from(),
                      query.to(),
                      query.period(),
                      Breakdown.MEMBER,
                      viewer.audience())
                  .orElse(null)
              : null;
      panels.add(
          figures
              .map(f -> panel(f, own, viewer))
              .orElseGet(() -> IndicatorPanel.notComputed(definition)));
    }
    return panels;
  }

  private IndicatorPanel panel(Figures figures, Figures ownFigures, DashboardViewer viewer) {
    IndicatorDefinition definition = figures.definition();
    FigureLines lines = new FigureLines(figures);
    FigureLines ownLines = ownFigures == null ? lines : new FigureLines(ownFigures);
    String own =
        viewer.seesOwnMember() && ownLines.hasGroup(viewer.memberId().toString())
            ? viewer.memberId().toString()
            : null;
    Set<Line> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    List<IndicatorPanel.SeriesTotal> series = new ArrayList<>();
    Line allianceTotal = lines.everyone(null);
    series.add(
        new IndicatorPanel.SeriesTotal(
            "The alliance", Shown.of(allianceTotal), judge(definition, allianceTotal)));
    shown.add(allianceTotal);
    if (own != null) {
      Line ownTotal = ownLines.group(null, own);
      series.add(
          new IndicatorPanel.SeriesTotal(
              ownLines.groups().get(own), Shown.of(ownTotal), judge(definition, ownTotal)));
      shown.add(ownTotal);
    }
    List<IndicatorPanel.PeriodRow> trend = new ArrayList<>();
    List<Rate> allianceRates = new ArrayList<>();
    List<Rate> ownRates = new ArrayList<>();
    for (String period : lines.periods()) {
      Line everyone = lines.everyone(period);
      List<Shown> row = new ArrayList<>();
      row.add(Shown.of(everyone));
      allianceRates.add(everyone == null ? null : everyone.rate());
      shown.add(everyone);
      if (own != null) {
        Line ours = ownLines.group(period, own);
        row.add(Shown.of(ours));
        ownRates.add(ours == null ? null : ours.rate());
        shown.add(ours);
      }
      trend.add(new IndicatorPanel.PeriodRow(period, List.copyOf(row)));
    }
    List<IndicatorPanel.GroupTotal> members = List.of();
    if (viewer.seesMembers()) {
      members = groups(definition, lines);
      for (String group : lines.groups().keySet()) {
        shown.add(lines.group(null, group));
        for (String period : lines.periods()) {
          shown.add(lines.group(period, group));
        }
      }
    }
    List<TrendChart.Input> inputs = new ArrayList<>();
    inputs.add(new TrendChart.Input("The alliance", allianceRates));
    if (own != null) {
      inputs.add(new TrendChart.Input(ownLines.groups().get(own), ownRates));
    }
    TrendChart chart =
        TrendChart.of(
            definition.name() + " by " + figures.period().code(),
            lines.periods(),
            inputs,
            definition.target(),
            definition.better());
    return new IndicatorPanel(
        definition, true, List.copyOf(series), List.copyOf(trend), members, chart, Tally.of(shown));
  }

  /** Each group's figure for the whole range, judged, and for each period. */
  private List<IndicatorPanel.GroupTotal> groups(
      IndicatorDefinition definition, FigureLines lines) {
    List<IndicatorPanel.GroupTotal> groups = new ArrayList<>();
    for (Map.Entry<String, String> group : lines.groups().entrySet()) {
      Line total = lines.group(null, group.getKey());
      List<Shown> byPeriod =
          lines.periods().stream()
              .map(period -> Shown.of(lines.group(period, group.getKey())))
              .toList();
      groups.add(
          new IndicatorPanel.GroupTotal(
              group.getValue(), Shown.of(total), judge(definition, total), byPeriod));
    }
    return List.copyOf(groups);
  }

  Optional<DrillDown> drillDown(String code, DashboardQuery query, LocalDate today) {
    if (definitions.inForce(code, today).isEmpty()) {
      return Optional.empty();
    }
    return indicators
        .figures(code, query.from(), query.to(), query.period(), query.by())
        .map(figures -> drillDown(figures));
  }

  private DrillDown drillDown(Figures figures) {
    IndicatorDefinition definition = figures.definition();
    FigureLines lines = new FigureLines(figures);
    Set<Line> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    List<IndicatorPanel.PeriodRow> trend = new ArrayList<>();
    List<Rate> rates = new ArrayList<>();
    for (String period : lines.periods()) {
      Line everyone = lines.everyone(period);
      trend.add(new IndicatorPanel.PeriodRow(period, List.of(Shown.of(everyone))));
      rates.add(everyone == null ? null : everyone.rate());
      shown.add(everyone);
    }
    Line total = lines.everyone(null);
    shown.add(total);
    List<IndicatorPanel.GroupTotal> groups =
        figures.by() == Breakdown.NONE ? List.of() : groups(definition, lines);
    if (figures.by() != Breakdown.NONE) {
      for (String group : lines.groups().keySet()) {
        shown.add(lines.group(null, group));
        for (String period : lines.periods()) {
          shown.add(lines.group(period, group));
        }
      }
    }
    TrendChart chart =
        TrendChart.of(
            definition.name() + " by " + figures.period().code(),
            lines.periods(),
            List.of(new TrendChart.Input("The alliance", rates)),
            definition.target(),
            definition.better());
    return new DrillDown(
        definition,
        figures.by(),
        lines.periods(),
        List.copyOf(trend),
        Shown.of(total),
        judge(definition, total),
        groups,
        chart,
        Tally.of(shown));
  }

  /** The figures themselves, for the CSV download. */
  Optional<Figures> figures(String code, DashboardQuery query, LocalDate today) {
    if (definitions.inForce(code, today).isEmpty()) {
      return Optional.empty();
    }
    return indicators.figures(code, query.from(), query.to(), query.period(), query.by());
  }

  private Rag.Status judge(IndicatorDefinition definition, Line line) {
    return rag.of(definition, line == null ? null : line.rate());
  }
}
