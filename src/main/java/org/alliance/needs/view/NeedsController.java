package org.alliance.needs.view;

import java.util.ArrayList;
import java.util.List;
import org.alliance.areas.Area;
import org.alliance.areas.AreaKind;
import org.alliance.areas.AreaTree;
import org.alliance.areas.Areas;
import org.alliance.directory.Provision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /needs}: for a chosen area, its population by age band and each indicator as a rate or
 * percentage with its interval, compared with the area above it and England, with its trend.
 */
@Controller
class NeedsController {

  private final Areas areas;
  private final AreaNeeds needs;
  private final Provision provision;

  NeedsController(Areas areas, AreaNeeds needs, Provision provision) {
    this.areas = areas;
    this.needs = needs;
    this.provision = provision;
  }

  @GetMapping("/needs")
  String area(@RequestParam(name = "area", required = false) String code, Model model) {
    AreaTree tree = areas.tree();
    List<Area> choices = new ArrayList<>();
    for (AreaKind kind :
        List.of(AreaKind.COUNTY, AreaKind.DISTRICT, AreaKind.TOWN, AreaKind.WARD)) {
      choices.addAll(tree.ofKind(kind));
    }
    Area chosen =
        tree.byCode(code)
            .filter(choices::contains)
            .orElse(choices.isEmpty() ? null : choices.get(0));
    model.addAttribute("choices", choices);
    model.addAttribute("area", chosen);
    model.addAttribute(
        "unknown",
        code != null && !code.isBlank() && (chosen == null || !chosen.code().equals(code)));
    if (chosen != null) {
      model.addAttribute("above", tree.ancestors(chosen));
      model.addAttribute("population", needs.population(chosen));
      model.addAttribute("rows", needs.indicators(tree, chosen));
      List<String> towns = AreaNeeds.townsOf(tree, chosen);
      model.addAttribute("towns", towns);
      model.addAttribute("provision", provision.reaching(towns));
    }
    return "needs/area";
  }
}
