package org.alliance.outcomes.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.identity.AllianceUser;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.Figures;
import org.alliance.outcomes.indicator.Indicators;
import org.alliance.outcomes.indicator.Period;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /outcomes}: the dashboard that fits the viewer's role, and {@code
 * /outcomes/indicators/{code}} one indicator in detail, as a page and as CSV.
 */
@Controller
class DashboardController {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Dashboards dashboards;
  private final Equity equity;
  private final Rag rag;
  private final Disclosure disclosure;
  private final Indicators indicators;
  private final RenderedFigures rendered;

  DashboardController(
      Dashboards dashboards,
      Equity equity,
      Rag rag,
      Disclosure disclosure,
      Indicators indicators,
      RenderedFigures rendered) {
    this.dashboards = dashboards;
    this.equity = equity;
    this.rag = rag;
    this.disclosure = disclosure;
    this.indicators = indicators;
    this.rendered = rendered;
  }

  /**
   * Every indicator split by one protected characteristic or by area, with the gaps shown: the
   * equality duties' page. Whole-range figures only, so the period does not matter here.
   */
  @GetMapping("/outcomes/equity")
  String equity(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String by,
      Model model,
      HttpServletResponse response) {
    DashboardQuery query =
        DashboardQuery.read(
            from, to, null, by == null || by.isBlank() ? "sex" : by, lastFullMonth());
    Breakdown split = query.by();
    if (!Equity.SPLITS.contains(split)) {
      query = query.withError("by", "Choose a characteristic or area from the list", Breakdown.SEX);
      split = Breakdown.SEX;
    }
    if (query.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    List<EquityPanel> panels = equity.panels(query, split, today());
    model.addAttribute("panels", panels);
    model.addAttribute("split", split);
    model.addAttribute(
        "tally", panels.stream().map(EquityPanel::tally).reduce(Tally.EMPTY, Tally::plus));
    Map<String, String> splits = new LinkedHashMap<>();
    Equity.SPLITS.forEach(b -> splits.put(b.code(), GroupNames.words(b.code())));
    model.addAttribute("splits", splits);
    common(query, model);
    return "outcomes/equity";
  }

  @GetMapping("/outcomes")
  String dashboard(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String period,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    DashboardQuery query = DashboardQuery.read(from, to, period, null, lastFullMonth());
    if (query.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    DashboardViewer viewer = DashboardViewer.of(user);
    LocalDate today = today();
    DashboardQuery asked = query;
    RenderedFigures.Part<List<IndicatorPanel>> figures =
        rendered.part(
            new RenderedFigures.Key(
                "dashboard",
                viewer,
                List.of(query.from(), query.to(), query.period()),
                indicators.version(),
                today),
            "outcomes/dashboard-panels :: panels",
            () -> {
              List<IndicatorPanel> panels = dashboards.dashboard(viewer, asked, today);
              return new RenderedFigures.Made<>(
                  Map.of("panels", panels, "viewer", viewer, "query", asked),
                  panels.stream().map(IndicatorPanel::tally).reduce(Tally.EMPTY, Tally::plus),
                  panels);
            },
            request,
            response);
    model.addAttribute("viewer", viewer);
    model.addAttribute("figures", figures.html());
    model.addAttribute("tally", figures.tally());
    common(query, model);
    return "outcomes/dashboard";
  }

  @GetMapping("/outcomes/indicators/{indicatorCode}")
  String indicator(
      @PathVariable("indicatorCode") String code,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String by,
      @RequestParam(required = false) String format,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    DashboardQuery query = DashboardQuery.read(from, to, period, by, lastFullMonth());
    if ("csv".equals(format)) {
      csv(code, query, response);
      return null;
    }
    LocalDate today = today();
    DashboardQuery asked = query;
    Map<String, String> breakdowns = breakdowns();
    RenderedFigures.Part<Optional<DrillDown>> figures =
        rendered.part(
            new RenderedFigures.Key(
                "indicator",
                code,
                List.of(query.from(), query.to(), query.period(), query.by()),
                indicators.version(),
                today),
            "outcomes/indicator-figures :: figures",
            () -> {
              Optional<DrillDown> drill = dashboards.drillDown(code, asked, today);
              return new RenderedFigures.Made<>(
                  drill.isEmpty()
                      ? null
                      : Map.of("drill", drill.get(), "query", asked, "breakdowns", breakdowns),
                  drill.map(DrillDown::tally).orElse(Tally.EMPTY),
                  drill);
            },
            request,
            response);
    DrillDown drillDown =
        figures.source().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (query.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    model.addAttribute("drill", drillDown);
    model.addAttribute("figures", figures.html());
    model.addAttribute("tally", figures.tally());
    model.addAttribute("breakdowns", breakdowns);
    common(query, model);
    return "outcomes/indicator";
  }

  @GetMapping("/outcomes/indicators/{indicatorCode}.csv")
  void indicatorCsv(
      @PathVariable("indicatorCode") String code,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String by,
      HttpServletResponse response)
      throws IOException {
    csv(code, DashboardQuery.read(from, to, period, by, lastFullMonth()), response);
  }

  /** A download has no form to show mistakes on: a bad parameter is a bad request. */
  private void csv(String code, DashboardQuery query, HttpServletResponse response)
      throws IOException {
    Figures figures =
        dashboards
            .figures(code, query, today())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (query.hasErrors()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, String.join(" ", query.errors().values()));
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                figures.definition().code()
                    + "-"
                    + query.from()
                    + "-to-"
                    + query.to()
                    + "-by-"
                    + query.period().code()
                    + ".csv")
            .build()
            .toString());
    IndicatorCsv.write(figures, response.getWriter());
  }

  private void common(DashboardQuery query, Model model) {
    model.addAttribute("query", query);
    model.addAttribute("errors", query.errors());
    model.addAttribute("typed", query.typed());
    model.addAttribute("periods", periods());
    model.addAttribute("ragRule", rag.explanation());
    model.addAttribute("threshold", disclosure.settings().threshold());
    model.addAttribute(
        "roundTo", disclosure.settings().rounds() ? disclosure.settings().roundTo() : null);
  }

  private static Map<String, String> periods() {
    Map<String, String> periods = new LinkedHashMap<>();
    periods.put(Period.MONTH.code(), "Month");
    periods.put(Period.QUARTER.code(), "Quarter");
    periods.put(Period.YEAR.code(), "Year");
    return periods;
  }

  /** Every breakdown the indicators offer, named for people. */
  private static Map<String, String> breakdowns() {
    Map<String, String> breakdowns = new LinkedHashMap<>();
    for (Breakdown breakdown : Breakdown.values()) {
      breakdowns.put(
          breakdown.code(),
          breakdown == Breakdown.NONE
              ? "No breakdown: everyone"
              : GroupNames.words(breakdown.code()));
    }
    return breakdowns;
  }

  private static LocalDate today() {
    return LocalDate.now(UK);
  }

  private static YearMonth lastFullMonth() {
    return YearMonth.now(UK).minusMonths(1);
  }
}
