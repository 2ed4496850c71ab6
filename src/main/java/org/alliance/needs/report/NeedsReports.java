package org.alliance.needs.report;

import java.time.Instant;
import java.util.List;
import org.alliance.areas.Area;
import org.alliance.areas.AreaTree;
import org.alliance.directory.Provision;
import org.alliance.needs.view.AreaNeeds;
import org.alliance.needs.view.TrendChart;
import org.springframework.stereotype.Component;

/** Builds a {@link NeedsReport} from the same figures as the needs page. */
@Component
class NeedsReports {

  private final AreaNeeds needs;
  private final Provision provision;

  NeedsReports(AreaNeeds needs, Provision provision) {
    this.needs = needs;
    this.provision = provision;
  }

  NeedsReport of(AreaTree tree, Area area, Theme theme, List<String> towns) {
    List<NeedsReport.Section> sections =
        needs.indicators(tree, area).stream()
            .filter(theme::covers)
            .map(row -> new NeedsReport.Section(row, TrendChart.of(row, area.name())))
            .toList();
    return new NeedsReport(
        area,
        theme,
        Instant.now(),
        needs.population(area),
        sections,
        provision.reaching(towns).stream().filter(p -> theme.needs().contains(p.need())).toList());
  }
}
