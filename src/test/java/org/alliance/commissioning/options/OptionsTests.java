package org.alliance.commissioning.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The options appraisal over real HTTP: the timeline holds every contract in the register, a
 * scenario is built through its forms, two are compared with figures worked out by hand, each
 * council's share adds to the total exactly, bad input is refused with a message (never a 500),
 * every change is audited, and the PDF holds the scenarios' names and figures.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptionsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private WebSession session;
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  void setUp() {
    session = WebSession.signedIn(port, "commissioner", "alliance-demo");
  }

  private UUID contract(String reference) {
    return jdbc.sql("select id from commissioning.contract where reference = ?")
        .param(reference)
        .query(UUID.class)
        .single();
  }

  private int version(UUID scenario) {
    return jdbc.sql("select version from commissioning.option_scenario where id = ?")
        .param(scenario)
        .query(Integer.class)
        .single();
  }

  private Map<String, String> scenarioForm(String name) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", name);
    form.put("description", "Zq scenario for the options tests");
    form.put("firstYear", "2024/25");
    form.put("lastYear", "2025");
    form.put("advantages", "Zq keeps continuity of care\n\nZq aligns the end dates");
    form.put("disadvantages", "Zq relies on providers' cooperation");
    form.put("risks", "Zq providers refuse variations");
    return form;
  }

  private UUID addScenario(String name) {
    HttpResponse<String> made =
        session.post("/commissioning/options/scenarios", scenarioForm(name));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    String location = made.headers().firstValue("Location").orElseThrow();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private Map<String, String> actionForm(UUID contract, String action, String cost2024) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("contract", contract.toString());
    form.put("action", action);
    form.put("decideByDay", "29");
    form.put("decideByMonth", "9");
    form.put("decideByYear", "2023");
    form.put("newEndDay", "31");
    form.put("newEndMonth", "3");
    form.put("newEndYear", "2026");
    form.put("cost-2024", cost2024);
    return form;
  }

  private HttpResponse<String> addAction(UUID scenario, Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    fields.putIfAbsent("version", String.valueOf(version(scenario)));
    return session.post("/commissioning/options/scenarios/" + scenario + "/actions", fields);
  }

  /** A table's cells by row heading, then column index. */
  private static Map<String, List<String>> table(Document page, String selector) {
    Element table = page.selectFirst(selector);
    assertThat(table).as(selector).isNotNull();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Element row : table.select("tbody tr")) {
      List<String> cells = new ArrayList<>();
      row.select("td").forEach(td -> cells.add(td.text()));
      rows.put(row.selectFirst("th").text(), cells);
    }
    return rows;
  }

  private static BigDecimal pounds(String text) {
    return new BigDecimal(text.replace("£", "").replace(",", ""));
  }

  @Test
  void theTimelineHoldsEveryContractInTheRegister() {
    Document page = Jsoup.parse(session.get("/commissioning/options/timeline").body());
    int contracts =
        jdbc.sql("select count(*) from commissioning.contract").query(Integer.class).single();
    assertThat(page.select("#timeline-table tbody tr")).hasSize(contracts);
    assertThat(contracts).isGreaterThanOrEqualTo(8);
    String text = page.select("#timeline-table").text();
    assertThat(text)
        .contains("Adult structured treatment – Substance 2 Solutions")
        .contains("Family support service")
        .contains("Case management system – Care Path")
        .contains("Young people's alliance pilot")
        // Bridge: one option taken, three open, each two years after 31 March 2028.
        .contains("2 years, decide by 30 September 2025: Taken on 30 September 2025")
        .contains("2 years, decide by 30 September 2027: Open")
        .contains("31 March 2034");
    assertThat(page.select("svg.alliance-timeline title").text()).startsWith("Contract timeline");
    assertThat(page.select("svg.alliance-timeline > g > text").size())
        .isGreaterThanOrEqualTo(contracts);
    // Any range still lists every contract in the table; the chart is only drawn narrower.
    Document narrow =
        Jsoup.parse(session.get("/commissioning/options/timeline?from=2030&to=2032").body());
    assertThat(narrow.select("#timeline-table tbody tr")).hasSize(contracts);
    HttpResponse<String> backwards =
        session.get("/commissioning/options/timeline?from=2030&to=2020");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.body()).contains("must not be before the first");
    assertThat(session.get("/commissioning/options/timeline?from=abc").statusCode()).isEqualTo(400);
  }

  @Test
  void twoScenariosCompareWithFiguresWorkedOutByHand() throws IOException {
    UUID adult = contract("NN-ADULT-2018");
    UUID family = contract("NN-FAMILY-2018");
    UUID a = addScenario("Zq align " + suffix);
    UUID b = addScenario("Zq recommission " + suffix);

    Map<String, String> extend = actionForm(adult, "extend", "£5,394,200.00");
    extend.put("cost-2025", "5394200");
    assertThat(addAction(a, extend).statusCode()).isEqualTo(302);
    Map<String, String> tender = actionForm(family, "competitive", "160000.01");
    tender.put("note", "Zq a competitive process for one year");
    assertThat(addAction(a, tender).statusCode()).isEqualTo(302);
    Map<String, String> other = actionForm(adult, "psr-direct-c", "100");
    other.put("cost-2025", "200.50");
    assertThat(addAction(b, other).statusCode()).isEqualTo(302);

    Document scenario = Jsoup.parse(session.get("/commissioning/options/scenarios/" + a).body());
    assertThat(scenario.select("#actions-table").text())
        .contains("Extend: take an extension option")
        .contains("Competitive process")
        .contains("£10,788,400.00")
        .contains("Zq a competitive process for one year");

    Document page =
        Jsoup.parse(
            session.get("/commissioning/options/compare?scenario=" + a + "&scenario=" + b).body());
    assertThat(page.select("h1").text())
        .contains("Zq align " + suffix, "Zq recommission " + suffix);
    assertThat(page.select("#compare-actions").text())
        .contains("Direct award under the Provider Selection Regime, process C")
        .contains("No action");
    Map<String, List<String>> costs = table(page, "#costs");
    // A: 5,394,200.00 + 160,000.01 in 2024/25 and 5,394,200.00 in 2025/26; B: 100.00 and 200.50.
    assertThat(costs.get("2024/25")).containsExactly("£5,554,200.01", "£100.00");
    assertThat(costs.get("2025/26")).containsExactly("£5,394,200.00", "£200.50");
    assertThat(costs.get("Total")).containsExactly("£10,948,400.01", "£300.50");

    // Brackenford 48.6%: 2,621,581.20 + 77,760.00 (160,000.01 × 48.6% = 77,760.00486); West
    // Brackenshire, the host, takes the rest: 2,772,618.80 + 82,240.01.
    List<Element> councils = page.select("table.alliance-council-share");
    assertThat(councils).hasSize(2);
    Map<String, List<String>> north = null;
    Map<String, List<String>> west = null;
    for (Element council : councils) {
      String caption = council.selectFirst("caption").text();
      Map<String, List<String>> rows = table(page, "#" + council.id());
      if (caption.startsWith("Brackenford City Council")) {
        north = rows;
      } else if (caption.startsWith("West Brackenshire Council")) {
        west = rows;
      }
    }
    assertThat(north.get("2024/25")).containsExactly("£2,699,341.20", "£48.60");
    assertThat(west.get("2024/25")).containsExactly("£2,854,858.81", "£51.40");
    for (String year : List.of("2024/25", "2025/26", "Total")) {
      for (int column = 0; column < 2; column++) {
        assertThat(pounds(north.get(year).get(column)).add(pounds(west.get(year).get(column))))
            .as(year + " column " + column)
            .isEqualByComparingTo(pounds(costs.get(year).get(column)));
      }
    }
    assertThat(table(page, "#compare-points").get("Advantages").get(0))
        .contains("Zq keeps continuity of care")
        .contains("Zq aligns the end dates");

    HttpResponse<byte[]> pdf =
        session.getBytes("/commissioning/options/compare.pdf?scenario=" + a + "&scenario=" + b);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Zq align " + suffix)
          .contains("Zq recommission " + suffix)
          .contains("£10,948,400.01")
          .contains("£2,699,341.20")
          .contains("Zq keeps continuity of care");
    }

    Integer audited =
        jdbc.sql(
                """
                select count(*) from audit.audit_event
                 where subject_id = cast(? as text) and action like 'commissioning.scenario.%'
                """)
            .param(a)
            .query(Integer.class)
            .single();
    // Created, then two actions added.
    assertThat(audited).isEqualTo(3);
  }

  @Test
  void aScenarioIsChangedUnderItsVersionAndArchived() {
    UUID id = addScenario("Zq edited " + suffix);
    int opened = version(id);
    Map<String, String> first = scenarioForm("Zq edited " + suffix + " first");
    first.put("version", String.valueOf(opened));
    assertThat(session.post("/commissioning/options/scenarios/" + id, first).statusCode())
        .isEqualTo(302);
    Map<String, String> second = scenarioForm("Zq edited " + suffix + " second");
    second.put("version", String.valueOf(opened));
    HttpResponse<String> stale = session.post("/commissioning/options/scenarios/" + id, second);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("changed since you opened it");
    HttpResponse<String> staleAction =
        addAction(
            id,
            Map.of(
                "version",
                String.valueOf(opened),
                "contract",
                contract("NN-HF-2018").toString(),
                "action",
                "negotiated",
                "decideByDay",
                "1",
                "decideByMonth",
                "12",
                "decideByYear",
                "2023",
                "newEndDay",
                "31",
                "newEndMonth",
                "3",
                "newEndYear",
                "2026"));
    assertThat(staleAction.statusCode()).isEqualTo(409);
    assertThat(staleAction.body()).contains("changed since you opened it");
    assertThat(Jsoup.parse(session.get("/commissioning/options/scenarios/" + id).body()).text())
        .contains("Zq edited " + suffix + " first")
        .doesNotContain("second");

    assertThat(
            session
                .post(
                    "/commissioning/options/scenarios/" + id + "/status",
                    Map.of("version", String.valueOf(version(id)), "status", "archived"))
                .statusCode())
        .isEqualTo(302);
    assertThat(Jsoup.parse(session.get("/commissioning/options").body()).text())
        .contains("Zq edited " + suffix + " first (archived)");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit.audit_event
                     where subject_id = cast(? as text) and action in ('commissioning.scenario.updated',
                       'commissioning.scenario.archived')
                    """)
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void badInputIsRefusedWithAMessage() {
    HttpResponse<String> markup =
        session.post("/commissioning/options/scenarios", scenarioForm("<script>alert(1)</script>"));
    assertThat(markup.statusCode()).isEqualTo(400);
    assertThat(markup.body())
        .contains("govuk-error-summary")
        .contains("cannot contain &lt; or &gt;")
        .doesNotContain("<script>alert(1)");
    assertThat(
            session
                .post("/commissioning/options/scenarios", scenarioForm("Zq\u0000nul"))
                .statusCode())
        .isEqualTo(400);
    Map<String, String> backwards = scenarioForm("Zq backwards " + suffix);
    backwards.put("firstYear", "2026");
    backwards.put("lastYear", "2024/25");
    HttpResponse<String> years = session.post("/commissioning/options/scenarios", backwards);
    assertThat(years.statusCode()).isEqualTo(400);
    assertThat(years.body()).contains("must not be before the first");
    addScenario("Zq twice " + suffix);
    HttpResponse<String> twice =
        session.post("/commissioning/options/scenarios", scenarioForm("Zq twice " + suffix));
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("Another scenario already has this name");

    UUID id = addScenario("Zq bad actions " + suffix);
    UUID adult = contract("NN-ADULT-2018");
    HttpResponse<String> negative = addAction(id, actionForm(adult, "extend", "-5"));
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(negative.body()).contains("govuk-error-summary").contains("cannot be negative");
    HttpResponse<String> huge = addAction(id, actionForm(adult, "extend", "99999999999999999999"));
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("£999,999,999,999.99 or less");
    HttpResponse<String> unknown = addAction(id, actionForm(UUID.randomUUID(), "extend", "1"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Choose a contract from the register");
    Map<String, String> noType = actionForm(adult, "<b>", "1");
    noType.put("decideByMonth", "13");
    noType.put("note", "<img src=x>");
    HttpResponse<String> several = addAction(id, noType);
    assertThat(several.statusCode()).isEqualTo(400);
    assertThat(several.body())
        .contains("Choose what the scenario does with the contract")
        .contains("Enter the date it must be decided or started by")
        .contains("The note cannot contain")
        .doesNotContain("<img src=x>");
    Map<String, String> noEnd = actionForm(adult, "competitive", "1");
    noEnd.remove("newEndDay");
    noEnd.remove("newEndMonth");
    noEnd.remove("newEndYear");
    assertThat(addAction(id, noEnd).body()).contains("Enter the end date this action gives");
    Map<String, String> outside = actionForm(adult, "extend", "1");
    outside.put("cost-2031", "5");
    // A year outside the scenario has no field, so it is never read.
    assertThat(addAction(id, outside).statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from commissioning.scenario_cost c
                      join commissioning.scenario_action a on a.id = c.action_id
                     where a.scenario_id = ?
                    """)
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    assertThat(session.get("/commissioning/options/scenarios/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    assertThat(session.get("/commissioning/options/scenarios/not-an-id").statusCode())
        .isEqualTo(404);
    assertThat(
            session
                .get("/commissioning/options/scenarios/" + id + "/actions/" + UUID.randomUUID())
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> one = session.get("/commissioning/options/compare?scenario=" + id);
    assertThat(one.statusCode()).isEqualTo(400);
    assertThat(one.body()).contains("Choose two or more scenarios to compare");
    assertThat(
            session
                .get(
                    "/commissioning/options/compare?scenario="
                        + id
                        + "&scenario="
                        + UUID.randomUUID())
                .statusCode())
        .isEqualTo(404);
    assertThat(session.get("/commissioning/options/compare?scenario=%3Cb%3E").statusCode())
        .isEqualTo(400);
    assertThat(session.get("/commissioning/options/compare.pdf").statusCode()).isEqualTo(400);
  }

  @Test
  void theDemoHoldsSeedFoursTwoOptions() {
    List<UUID> demo =
        jdbc.sql("select id from commissioning.option_scenario where name in (?, ?) order by name")
            .param(DemoOptions.OPTION_2)
            .param(DemoOptions.OPTION_1)
            .query(UUID.class)
            .list();
    assertThat(demo).hasSize(2);
    Document page =
        Jsoup.parse(
            session
                .get(
                    "/commissioning/options/compare?scenario="
                        + demo.get(0)
                        + "&scenario="
                        + demo.get(1))
                .body());
    assertThat(page.select("#compare-actions tbody tr")).hasSize(7);
    // Table 1's £6,983k a year, the adult service entered as £5,394,200.
    assertThat(table(page, "#costs").get("2024/25"))
        .containsExactly("£6,983,200.00", "£6,983,200.00");
    String text = page.text();
    assertThat(text)
        .contains(
            "Encourages competition which could drive improvements in quality and value for money.")
        .contains("Providers refuse contract variations. Mitigation: Commissioners have currently")
        .contains("Extend: take an extension option")
        .contains("Negotiated award")
        .contains("Award through a framework (call-off)");
  }
}
