package org.alliance.needs.view;

import java.util.List;
import org.alliance.areas.Area;
import org.alliance.areas.AreaTree;
import org.alliance.areas.Areas;
import org.alliance.directory.Provision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /needs}: for a chosen area, need, provision and results on one page: its population by age
 * band; each indicator as a rate or percentage with its interval, compared with the area above it
 * and England, with its trend drawn; the directory's services reaching it; the outcomes framework's
 * results where its people live; and a summary of the three at the top.
 */
@Controller
class NeedsController {

  private final Areas areas;
  private final AreaNeeds needs;
  private final Provision provision;
  private final AreaOutcomes outcomes;

  NeedsController(Areas areas, AreaNeeds needs, Provision provision, AreaOutcomes outcomes) {
    this.areas = areas;
    this.needs = needs;
    this.provision = provision;
    this.outcomes = outcomes;
  }

  /** An indicator with more than one period, drawn. */
  record Trend(IndicatorRow row, TrendChart chart) {}

  @GetMapping("/needs")
  String area(@RequestParam(name = "area", required = false) String code, Model model) {
    AreaTree tree = areas.tree();
    Area chosen = tree.localOrFirst(code).orElse(null);
    model.addAttribute("choices", tree.local());
    model.addAttribute("area", chosen);
    model.addAttribute(
        "unknown",
        code != null && !code.isBlank() && (chosen == null || !chosen.code().equals(code)));
    if (chosen != null) {
      model.addAttribute("above", tree.ancestors(chosen));
      model.addAttribute("population", needs.population(chosen));
      List<IndicatorRow> rows = needs.indicators(tree, chosen);
      model.addAttribute("rows", rows);
      model.addAttribute(
          "trends",
          rows.stream()
              .filter(row -> row.trend().size() > 1)
              .map(row -> new Trend(row, TrendChart.of(row, chosen.name())))
              .toList());
      List<String> towns = AreaNeeds.townsOf(tree, chosen);
      model.addAttribute("towns", towns);
      List<Provision.NeedProvision> reaching = provision.reaching(towns);
      model.addAttribute("provision", reaching);
      AreaOutcomes.Results results = outcomes.of(tree, chosen);
      model.addAttribute("results", results);
      model.addAttribute("glance", Glance.of(rows, towns.isEmpty() ? null : reaching, results));
    }
    return "needs/area";
  }
}
