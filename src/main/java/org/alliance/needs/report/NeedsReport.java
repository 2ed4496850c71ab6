package org.alliance.needs.report;

import java.time.Instant;
import java.util.List;
import org.alliance.areas.Area;
import org.alliance.directory.Provision;
import org.alliance.needs.view.AreaNeeds;
import org.alliance.needs.view.IndicatorRow;
import org.alliance.needs.view.TrendChart;

/**
 * A needs assessment for one area and theme: population, the theme's indicators (each with its
 * chart, source and period), and the directory's provision for the theme's needs.
 */
public record NeedsReport(
    Area area,
    Theme theme,
    Instant madeAt,
    AreaNeeds.Population population,
    List<Section> indicators,
    List<Provision.NeedProvision> provision) {

  /** One indicator with its chart. */
  public record Section(IndicatorRow row, TrendChart chart) {}

  public String title() {
    return "Needs assessment: " + theme.label() + ", " + area.name();
  }
}
