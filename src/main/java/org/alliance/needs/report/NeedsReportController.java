package org.alliance.needs.report;

import java.util.List;
import org.alliance.areas.Area;
import org.alliance.areas.AreaTree;
import org.alliance.areas.Areas;
import org.alliance.needs.view.AreaNeeds;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /needs/report}: a needs assessment for a chosen area and theme, as a page to print and as
 * a PDF, every figure with its source and period.
 */
@Controller
class NeedsReportController {

  private final Areas areas;
  private final NeedsReports reports;

  NeedsReportController(Areas areas, NeedsReports reports) {
    this.areas = areas;
    this.reports = reports;
  }

  @GetMapping("/needs/report")
  String page(
      @RequestParam(name = "area", required = false) String code,
      @RequestParam(name = "theme", required = false) String themeCode,
      Model model) {
    AreaTree tree = areas.tree();
    List<Area> choices = tree.local();
    model.addAttribute("choices", choices);
    model.addAttribute("themes", Theme.values());
    Area area = tree.localOrFirst(code).orElse(null);
    if (area == null) {
      return "needs/report";
    }
    Theme theme = Theme.parse(themeCode).orElse(Theme.ALCOHOL);
    model.addAttribute("report", reports.of(tree, area, theme, AreaNeeds.townsOf(tree, area)));
    return "needs/report";
  }

  @GetMapping("/needs/report.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(name = "area", required = false) String code,
      @RequestParam(name = "theme", required = false) String themeCode) {
    AreaTree tree = areas.tree();
    Area area = tree.localOrFirst(code).orElse(null);
    if (area == null) {
      return ResponseEntity.notFound().build();
    }
    Theme theme = Theme.parse(themeCode).orElse(Theme.ALCOHOL);
    NeedsReport report = reports.of(tree, area, theme, AreaNeeds.townsOf(tree, area));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("needs-" + theme.code() + "-" + area.code() + ".pdf")
                .build()
                .toString())
        .body(NeedsReportPdf.write(report));
  }
}
