package org.alliance.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an import brings in is shown safely: an address becomes a link only if it is http or https,
 * and no cell of any CSV download can run as a spreadsheet formula.
 */
@AllianceTest
class ImportedContentTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void onlyHttpAndHttpsAddressesBecomeLinks() {
    DirectoryFixture fixture = new DirectoryFixture(jdbc);
    Map<String, Boolean> addresses =
        Map.of(
            "javascript:alert(document.cookie)", false,
            " JaVaScRiPt:alert(1)", false,
            "data:text/html,<script>alert(1)</script>", false,
            "vbscript:msgbox(1)", false,
            "//evil.example/path", false,
            "https://example.org/help", true,
            "http://example.org/", true);
    addresses.forEach(
        (address, linked) -> {
          String service = fixture.service("Linked", "x", null, 51.5, -1.2, "BK1 2AB");
          jdbc.sql("update directory.service set url = ? where id = ?")
              .param(address)
              .param(service)
              .update();
          String body = new WebSession(port).get("/find-support/services/" + service).body();
          List<String> hrefs =
              Jsoup.parse(body).select("main a[href]").stream().map(a -> a.attr("href")).toList();
          for (String href : hrefs) {
            assertThat(href.toLowerCase().strip())
                .as("a link on the page of a service whose url is " + address)
                .matches("(https?://|mailto:|tel:|/|#).*");
          }
          assertThat(hrefs.contains(address.strip())).as(address + " is a link").isEqualTo(linked);
          assertThat(Jsoup.parse(body).select("main").text())
              .as("the address is still shown")
              .contains(address.strip());
          // Only a test can store such an address (the importer's schema check refuses it); leave
          // none behind for the tests that validate every API record against the HSDS schemas.
          jdbc.sql("update directory.service set url = null where id = ?").param(service).update();
        });
  }

  @Test
  void noCellOfAnyCsvDownloadStartsAFormula() throws IOException {
    DirectoryFixture fixture = new DirectoryFixture(jdbc);
    jdbc.sql("update directory.organization set name = ? where id = ?")
        .param("\t=HYPERLINK(\"http://evil.example\")")
        .param(fixture.organization)
        .update();
    fixture.service("\r@SUM(1+1)*cmd", "x", null, 51.5, -1.2, "BK1 2AB");
    fixture.service("\r@SUM(1+1)*cmd", "x", null, 51.5, -1.2, "BK1 2AB");
    WebSession admin = WebSession.signedIn(port, "admin", "alliance-demo");
    List<String> downloads = csvDownloads();
    assertThat(downloads).contains("/directory/duplicates.csv", "/admin/audit.csv");
    boolean sawFixture = false;
    for (String path : downloads) {
      String csv = admin.get(path).body();
      for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
        for (String cell : record) {
          sawFixture |= cell.contains("HYPERLINK") || cell.contains("@SUM");
          assertThat(cell.isEmpty() ? "" : cell.substring(0, 1))
              .as("first character of a cell in " + path + ": " + cell)
              .isNotIn("=", "+", "-", "@", "\t", "\r");
        }
      }
    }
    assertThat(sawFixture).as("the fixture's formulas are in a download").isTrue();
  }

  /** Every CSV route in the access matrix, so a new download is checked without being listed. */
  private List<String> csvDownloads() throws IOException {
    List<String> paths = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/access-matrix.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.split(",");
        if (cells.length > 1 && cells[0].equals("GET") && cells[1].endsWith(".csv")) {
          // An indicator's CSV is the figures of one indicator: the seeded one stands for all.
          paths.add(cells[1].replace("{indicatorCode}", "did-not-attend-rate"));
        }
      }
    }
    return paths;
  }
}
