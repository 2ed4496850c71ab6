package org.alliance.needs.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.AllianceTest;
import org.alliance.areas.Area;
import org.alliance.areas.AreaTree;
import org.alliance.areas.Areas;
import org.alliance.needs.view.AreaNeeds;
import org.alliance.needs.view.TrendChart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A needs assessment on the demo's made-up figures: each theme takes its own indicators and needs,
 * each indicator carries its chart, source and period, and the PDF says the same.
 */
@AllianceTest
class NeedsReportTests {

  @Autowired NeedsReports reports;
  @Autowired Areas areas;

  @Test
  void eachThemeTakesItsOwnIndicatorsAndProvision() {
    NeedsReport alcohol = report("X10000001", Theme.ALCOHOL);
    assertThat(alcohol.indicators())
        .extracting(section -> section.row().code())
        .contains("92906", "90244", "92904")
        .doesNotContain("90808");
    assertThat(alcohol.provision()).extracting(p -> p.need()).containsExactly("Alcohol");
    NeedsReport.Section admissions =
        alcohol.indicators().stream()
            .filter(s -> s.row().code().equals("92906"))
            .findFirst()
            .orElseThrow();
    assertThat(admissions.row().source()).startsWith("demo profiles.csv, imported ");
    assertThat(admissions.chart().area()).hasSize(3);
    assertThat(admissions.chart().england()).hasSize(3);
    assertThat(admissions.chart().ticks())
        .extracting(TrendChart.Tick::period)
        .containsExactly("2021/22", "2022/23", "2023/24");

    assertThat(report("X10000001", Theme.YOUNG_PEOPLE).indicators())
        .extracting(section -> section.row().code())
        .containsExactly("92904");
    NeedsReport parental = report("X10000001", Theme.PARENTAL);
    assertThat(parental.provision())
        .extracting(p -> p.need())
        .containsExactly("Families and carers");
    assertThat(parental.provision().get(0).total()).isPositive();
  }

  @Test
  void thePdfCarriesTheSameFiguresSourcesAndPeriods() throws Exception {
    byte[] pdf = NeedsReportPdf.write(report("X07000001", Theme.ALCOHOL));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Needs assessment: Alcohol, Brackenford",
              "A made-up demo area",
              "Byar's method",
              "Against Brackenshire: Significantly higher",
              "Source: demo profiles.csv, imported",
              "2023/24");
    }
  }

  private NeedsReport report(String code, Theme theme) {
    AreaTree tree = areas.tree();
    Area area = tree.byCode(code).orElseThrow();
    return reports.of(tree, area, theme, AreaNeeds.townsOf(tree, area));
  }
}
