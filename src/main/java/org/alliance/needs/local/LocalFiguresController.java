package org.alliance.needs.local;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliance.areas.Area;
import org.alliance.areas.AreaTree;
import org.alliance.areas.Areas;
import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /needs/local}: figures the alliance keeps itself, entered one at a time for an area and
 * period (a count, and what it is out of), kept as indicators beside the imported ones.
 */
@Controller
class LocalFiguresController {

  private final Areas areas;
  private final LocalFigures figures;

  LocalFiguresController(Areas areas, LocalFigures figures) {
    this.areas = areas;
    this.figures = figures;
  }

  @GetMapping("/needs/local")
  String page(Model model) {
    model.addAttribute("figure", LocalFigure.blank());
    return show(model, Map.of());
  }

  @PostMapping("/needs/local")
  String save(
      @ModelAttribute("figure") LocalFigure figure,
      @AuthenticationPrincipal AllianceUser user,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AreaTree tree = areas.tree();
    Set<String> codes = tree.local().stream().map(Area::code).collect(Collectors.toSet());
    Map<String, String> problems = figure.problems(codes);
    if (!problems.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return show(model, problems);
    }
    figures.save(figure, user);
    redirect.addFlashAttribute(
        "success",
        "Saved %s for %s, %s"
            .formatted(
                figure.name().strip(),
                tree.byCode(figure.areaCode()).map(Area::name).orElse(figure.areaCode()),
                figure.period().strip()));
    return "redirect:/needs/local";
  }

  private String show(Model model, Map<String, String> problems) {
    AreaTree tree = areas.tree();
    model.addAttribute("choices", tree.local());
    model.addAttribute("units", LocalFigure.UNITS);
    model.addAttribute("problems", problems);
    List<LocalFigures.Kept> kept = new ArrayList<>();
    for (LocalFigures.Kept figure : figures.recent(30)) {
      kept.add(
          new LocalFigures.Kept(
              figure.name(),
              tree.byCode(figure.area()).map(Area::name).orElse(figure.area()),
              figure.period(),
              figure.value(),
              figure.by()));
    }
    model.addAttribute("kept", kept);
    return "needs/local";
  }
}
