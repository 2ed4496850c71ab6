package org.alliance.directory.coverage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.alliance.directory.hsds.Viewer;
import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Commissioners see where provision is missing, where it is crowded, and which entries repeat each
 * other; every table downloads as CSV.
 */
@Controller
class CoverageController {

  private final Coverage coverage;
  private final LikelyDuplicates duplicates;

  CoverageController(Coverage coverage, LikelyDuplicates duplicates) {
    this.coverage = coverage;
    this.duplicates = duplicates;
  }

  @GetMapping("/directory/coverage")
  String needByArea(@RequestParam(name = "band", required = false) String band, Model model) {
    AgeBand chosen = chosen(band);
    model.addAttribute("bands", AgeBand.ALL);
    model.addAttribute("table", coverage.needByArea(chosen));
    model.addAttribute("providers", coverage.providerByModality());
    model.addAttribute("overlap", Coverage.OVERLAP);
    return "directory/coverage";
  }

  @GetMapping("/directory/coverage.csv")
  void needByAreaCsv(
      @RequestParam(name = "band", required = false) String band, HttpServletResponse response)
      throws IOException {
    Coverage.NeedByArea table = coverage.needByArea(chosen(band));
    List<String> header = new ArrayList<>(List.of("need"));
    header.addAll(table.areas());
    List<List<String>> rows = new ArrayList<>();
    for (Coverage.NeedByArea.Row row : table.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.need()));
      row.cells().forEach(cell -> cells.add(Integer.toString(cell.count())));
      rows.add(cells);
    }
    CsvDownload.write(
        response, "coverage-" + table.band().label().replace(' ', '-') + ".csv", header, rows);
  }

  @GetMapping("/directory/coverage/services.csv")
  void servicesCsv(
      @RequestParam(name = "band", required = false) String band, HttpServletResponse response)
      throws IOException {
    Coverage.NeedByArea table = coverage.needByArea(chosen(band));
    List<List<String>> rows = new ArrayList<>();
    for (Coverage.NeedByArea.Row row : table.rows()) {
      for (Coverage.NeedByArea.Cell cell : row.cells()) {
        cell.reaching()
            .forEach(
                reaching ->
                    rows.add(
                        List.of(row.need(), cell.area(), reaching.service(), reaching.describe())));
      }
    }
    CsvDownload.write(
        response,
        "coverage-services-" + table.band().label().replace(' ', '-') + ".csv",
        List.of("need", "town", "service", "how it reaches the town"),
        rows);
  }

  @GetMapping("/directory/coverage/providers.csv")
  void providersCsv(HttpServletResponse response) throws IOException {
    Coverage.ProviderByModality table = coverage.providerByModality();
    List<String> header = new ArrayList<>(List.of("provider"));
    header.addAll(table.modalities());
    List<List<String>> rows = new ArrayList<>();
    table
        .rows()
        .forEach(
            row -> {
              List<String> cells = new ArrayList<>(List.of(row.provider()));
              cells.addAll(row.tiers());
              rows.add(cells);
            });
    CsvDownload.write(response, "providers-by-modality.csv", header, rows);
  }

  @GetMapping("/directory/duplicates")
  String duplicates(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("pairs", duplicates.find(Viewer.of(user)));
    return "directory/duplicates";
  }

  @GetMapping("/directory/duplicates.csv")
  void duplicatesCsv(@AuthenticationPrincipal AllianceUser user, HttpServletResponse response)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    duplicates
        .find(Viewer.of(user))
        .forEach(
            pair ->
                rows.add(
                    List.of(
                        pair.firstId(),
                        pair.firstName(),
                        pair.firstOrganization(),
                        pair.secondId(),
                        pair.secondName(),
                        pair.secondOrganization(),
                        String.join("; ", pair.reasons()))));
    CsvDownload.write(
        response,
        "likely-duplicates.csv",
        List.of(
            "first_service_id",
            "first_service",
            "first_organization",
            "second_service_id",
            "second_service",
            "second_organization",
            "reasons"),
        rows);
  }

  private static AgeBand chosen(String band) {
    AgeBand found = band == null ? null : AgeBand.byLabel(band);
    return found == null ? AgeBand.ALL.get(1) : found;
  }
}
