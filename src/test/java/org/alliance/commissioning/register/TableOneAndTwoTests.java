package org.alliance.commissioning.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.organisation.Organisations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seed 004's Table 1 and Table 2, entered as data through the register's own forms (percentages
 * 48.6 and 51.4, West the host, values in pounds), reproduce every published figure on the pages:
 * each council's share of each contract and grant, the row totals and the column totals, both years
 * of Table 2. The demo register, loaded from the same figures, prints them too.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableOneAndTwoTests {

  /** Far from any demo year, so the tables hold only what this test entered. */
  private static final int YEAR = 2090;

  @LocalServerPort int port;
  @Autowired Organisations organisations;

  private WebSession session;
  private RegisterFixture fixture;

  @BeforeAll
  void setUp() {
    session = WebSession.signedIn(port, "commissioner", "alliance-demo");
    fixture = new RegisterFixture(session, organisations);
  }

  private static List<List<String>> expectedTableOne(String prefix) {
    List<List<String>> expected = new ArrayList<>();
    for (TableOne.Row row : TableOne.ROWS) {
      expected.add(
          List.of(
              prefix + row.service(),
              String.format("%,d", row.north()),
              String.format("%,d", row.west()),
              String.format("%,d", row.total())));
    }
    expected.add(
        List.of(
            "Total",
            String.format("%,d", TableOne.NORTH_TOTAL),
            String.format("%,d", TableOne.WEST_TOTAL),
            String.format("%,d", TableOne.GRAND_TOTAL)));
    return expected;
  }

  @Test
  void tableOneEnteredAsDataPrintsEveryPublishedFigure() {
    int n = 0;
    for (TableOne.Row row : TableOne.ROWS) {
      Map<String, String> form = fixture.contractForm("ZQT1-" + ++n, "Zq " + row.service());
      form.put("provider", "Zq provider");
      form.put("providerRole", "prime");
      form.put("valueYear", String.valueOf(YEAR));
      form.put("value", row.amount());
      fixture.addContract(form);
    }
    HttpResponse<String> register = session.get("/commissioning/contracts?year=" + YEAR);
    assertThat(register.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(register.body());
    Element table = page.getElementById("published-table");
    assertThat(RegisterFixture.headings(table))
        .containsExactly(
            "Service",
            "Brackenford City Council £000",
            "West Brackenshire Council £000",
            "Total £000");
    List<List<String>> rows = RegisterFixture.rows(table);
    // The register lists services alphabetically; the published table's order is the seed's.
    assertThat(rows.subList(0, rows.size() - 1))
        .containsExactlyInAnyOrderElementsOf(
            expectedTableOne("Zq ").subList(0, TableOne.ROWS.size()));
    assertThat(rows.get(rows.size() - 1)).isEqualTo(last(expectedTableOne("Zq ")));
    // The rule is stated in words beneath the table.
    assertThat(table.nextElementSibling().text())
        .contains("rounded half up to the nearest £1,000")
        .contains("the row's rounded total less the other councils' rounded figures")
        .contains("Column totals add the rounded figures");
    // The exact shares beside it add up to the penny: £5,394,200.00 is £2,621,581.20 and
    // £2,772,618.80.
    assertThat(page.getElementById("register").text())
        .contains("£5,394,200.00")
        .contains("£2,621,581.20")
        .contains("£2,772,618.80");
  }

  @Test
  void theDemoRegisterPrintsTableOneFor2023() {
    Document page = Jsoup.parse(session.get("/commissioning/contracts?year=2023").body());
    List<List<String>> rows = RegisterFixture.rows(page.getElementById("published-table"));
    assertThat(rows.subList(0, rows.size() - 1))
        .containsExactlyInAnyOrderElementsOf(expectedTableOne("").subList(0, TableOne.ROWS.size()));
    assertThat(last(rows)).isEqualTo(last(expectedTableOne("")));
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private static List<String> grantRow(String label, int north, int west, int total) {
    return List.of(
        label,
        String.format("%,d", north),
        String.format("%,d", west),
        String.format("%,d", total));
  }

  @Test
  void tableTwoEnteredAsDataPrintsEveryPublishedFigureForBothYears() {
    for (TableOne.Grant grant : TableOne.GRANTS) {
      var id = fixture.addGrant("Zq " + grant.name(), grant.shortName(), grant.westOnly());
      fixture.setGrantAmount(id, YEAR, grant.amount2023());
      fixture.setGrantAmount(id, YEAR + 1, grant.amount2024());
    }
    Document page = Jsoup.parse(session.get("/commissioning/grants").body());
    assertTableTwo(page, YEAR, "Zq ");
  }

  @Test
  void theDemoGrantsPrintTableTwo() {
    Document page = Jsoup.parse(session.get("/commissioning/grants").body());
    assertTableTwo(page, 2023, "");
  }

  private void assertTableTwo(Document page, int firstYear, String prefix) {
    for (int y = 0; y < 2; y++) {
      boolean first = y == 0;
      Element countyWide = page.getElementById("grants-" + (firstYear + y) + "-1");
      Element westOnly = page.getElementById("grants-" + (firstYear + y) + "-2");
      assertThat(countyWide.selectFirst("caption").text()).startsWith("Grants to every council");
      assertThat(westOnly.selectFirst("caption").text())
          .startsWith("West Brackenshire Council only");
      List<List<String>> expected = new ArrayList<>();
      for (TableOne.Grant g : TableOne.GRANTS.subList(0, 3)) {
        expected.add(
            grantRow(
                prefix + g.name() + " (" + g.shortName() + ")",
                first ? g.north2023() : g.north2024(),
                first ? g.west2023() : g.west2024(),
                first ? g.total2023() : g.total2024()));
      }
      expected.add(
          first ? grantRow("Total", 1010, 1067, 2077) : grantRow("Total", 1436, 1518, 2954));
      assertThat(RegisterFixture.rows(countyWide)).containsExactlyElementsOf(expected);
      TableOne.Grant rough = TableOne.GRANTS.get(3);
      assertThat(RegisterFixture.rows(westOnly))
          .containsExactly(
              grantRow(prefix + rough.name() + " (RSDATG)", 0, 811, 811),
              grantRow("Total", 0, 811, 811));
    }
  }
}
