package org.alliance.needs.report;

import java.util.ArrayList;
import java.util.List;
import org.alliance.directory.Provision;
import org.alliance.needs.view.AreaNeeds;
import org.alliance.needs.view.IndicatorRow;
import org.alliance.web.PdfPages;

/** The needs assessment as a PDF for papers: the same sections and figures as the page. */
final class NeedsReportPdf {

  private NeedsReportPdf() {}

  static byte[] write(NeedsReport report) {
    return PdfPages.write(
        report.title(),
        "Needs assessment",
        report.madeAt(),
        pages -> {
          pages.heading(report.title(), 16);
          pages.line(PdfPages.madeOn(report.madeAt()), PdfPages.SIZE);
          if (report.area().madeUp()) {
            pages.wrapped("A made-up demo area: its figures are made up.", 0);
          }
          pages.gap();
          pages.heading("Population", 13);
          if (report.population().year() == null) {
            pages.wrapped("No population estimates have been imported for this area.", 0);
          } else {
            pages.columns("Age (" + report.population().year() + " estimates)", List.of("People"));
            for (AreaNeeds.Band band : report.population().bands()) {
              pages.row(band.label(), List.of("%,d".formatted(band.people())));
            }
            pages.row("All ages", List.of("%,d".formatted(report.population().total())));
          }
          pages.gap();
          pages.heading("Indicators", 13);
          if (report.indicators().isEmpty()) {
            pages.wrapped("No indicators of this theme have been imported for this area.", 0);
          }
          for (NeedsReport.Section section : report.indicators()) {
            IndicatorRow row = section.row();
            pages.bold(row.name());
            pages.wrapped(
                row.sex()
                    + ", "
                    + row.age()
                    + ", "
                    + row.period()
                    + ": "
                    + row.shown()
                    + (row.interval() == null ? "" : " (" + row.interval().method() + ")")
                    + ". Against "
                    + (row.parentName() == null ? "the area above" : row.parentName())
                    + ": "
                    + row.toParent().words()
                    + ". Against England: "
                    + row.toEngland().words()
                    + ". Source: "
                    + row.source()
                    + ".",
                0);
            List<String> headings = new ArrayList<>(List.of("Value"));
            if (!row.englandTrend().isEmpty()) {
              headings.add("England");
            }
            pages.columns("Period", headings);
            for (IndicatorRow.Point point : row.trend()) {
              List<String> cells = new ArrayList<>(List.of(point.value()));
              if (!row.englandTrend().isEmpty()) {
                cells.add(row.englandValue(point.period()));
              }
              pages.row(point.period(), cells);
            }
            pages.gap();
          }
          pages.heading("Provision", 13);
          for (Provision.NeedProvision need : report.provision()) {
            pages.wrapped(
                need.need()
                    + ": "
                    + need.total()
                    + (need.total() == 1 ? " service" : " services")
                    + (need.services().isEmpty()
                        ? ""
                        : " (" + String.join("; ", need.services()) + ")")
                    + ".",
                0);
          }
        });
  }
}
