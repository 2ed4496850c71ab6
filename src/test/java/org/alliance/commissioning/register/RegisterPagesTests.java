package org.alliance.commissioning.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.commissioning.ContractRef;
import org.alliance.commissioning.ContractsForServices;
import org.alliance.organisation.Organisations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register's pages over real HTTP: what a contract's page shows, options moving the end date,
 * funding inside the value, the version check, bad input refused with a message (never a 500), and
 * alerts within the lead time each commissioner chooses.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterPagesTests {

  private static final String OPEN_ROAD_SERVICE = "8dd68de3-c9bc-43f7-bc90-9129d80d955a";

  @LocalServerPort int port;
  @Autowired Organisations organisations;
  @Autowired JdbcClient jdbc;
  @Autowired ContractsForServices contractsForServices;

  private WebSession session;
  private RegisterFixture fixture;

  @BeforeAll
  void setUp() {
    session = WebSession.signedIn(port, "commissioner", "alliance-demo");
    fixture = new RegisterFixture(session, organisations);
  }

  private int version(UUID contract) {
    return jdbc.sql("select version from commissioning.contract where id = :id")
        .param("id", contract)
        .query(Integer.class)
        .single();
  }

  private HttpResponse<String> post(UUID contract, String what, Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(fields);
    form.putIfAbsent("version", String.valueOf(version(contract)));
    return session.post("/commissioning/contracts/" + contract + "/" + what, form);
  }

  private String text(UUID contract) {
    return Jsoup.parse(session.get("/commissioning/contracts/" + contract).body()).text();
  }

  @Test
  void aContractPageShowsItsTermsValuesSplitFundingOptionsServicesAndDocuments() {
    UUID id = fixture.addContract(fixture.contractForm("ZQP-1", "Zq adult treatment"));
    assertThat(
            post(id, "values", Map.of("valueYear", "2024/25", "valueAmount", "£5,394,200.00"))
                .statusCode())
        .isEqualTo(302);
    assertThat(
            post(
                    id,
                    "providers",
                    Map.of("providerName", "Zq Change Grow Live", "providerRole", "prime"))
                .statusCode())
        .isEqualTo(302);
    assertThat(
            post(
                    id,
                    "funding",
                    Map.of(
                        "fundingYear",
                        "2024",
                        "fundingKind",
                        "partner-contribution",
                        "fundingName",
                        "Zq Police, Fire and Crime Commissioner",
                        "fundingAmount",
                        "239000",
                        "fundingLevel",
                        "aligned-budgets"))
                .statusCode())
        .isEqualTo(302);
    assertThat(
            post(
                    id,
                    "options",
                    Map.of(
                        "optionMonths",
                        "24",
                        "decideByDay",
                        "30",
                        "decideByMonth",
                        "9",
                        "decideByYear",
                        "2023"))
                .statusCode())
        .isEqualTo(302);
    assertThat(
            post(
                    id,
                    "options",
                    Map.of(
                        "optionMonths",
                        "12",
                        "decideByDay",
                        "30",
                        "decideByMonth",
                        "9",
                        "decideByYear",
                        "2025"))
                .statusCode())
        .isEqualTo(302);
    assertThat(
            post(
                    id,
                    "documents",
                    Map.of(
                        "documentTitle",
                        "Zq contract",
                        "documentUrl",
                        "https://example.org/zq.pdf"))
                .statusCode())
        .isEqualTo(302);
    assertThat(post(id, "services", Map.of("serviceId", OPEN_ROAD_SERVICE)).statusCode())
        .isEqualTo(302);

    String page = text(id);
    assertThat(page)
        .contains("Zq adult treatment")
        .contains("Zq Change Grow Live (Prime provider)")
        .contains("Brackenford City Council: 48.6%")
        .contains("West Brackenshire Council: 51.4%")
        .contains("1 April 2018 to 31 March 2024")
        .contains("give notice by 30 September 2023")
        // 31 March 2024 plus the two open options, 24 and 12 months.
        .contains("Furthest possible end 31 March 2027")
        .contains("2024/25 £5,394,200.00 £2,621,581.20 £2,772,618.80 £239,000.00")
        .contains("Zq Police, Fire and Crime Commissioner")
        .contains("Open Road Young People's Drug and Alcohol Service")
        .contains("Zq contract");
    assertThat(contractsForServices.payingFor(OPEN_ROAD_SERVICE))
        .extracting(ContractRef::reference)
        .contains("ZQP-1", "BCC-YP-PILOT");

    // Funding more than the value is flagged: it is money inside the value, never added to it.
    post(
        id,
        "funding",
        Map.of(
            "fundingYear",
            "2025",
            "fundingKind",
            "named-grant",
            "fundingName",
            "Zq grant",
            "fundingAmount",
            "10",
            "fundingLevel",
            "pooled-budget"));
    assertThat(text(id)).contains("2025/26 £0.00 £10.00 More than the value");

    // Taking the first option moves the end date on two years; declining the second drops it.
    List<UUID> options =
        jdbc.sql(
                "select id from commissioning.extension_option where contract_id = :id order by position")
            .param("id", id)
            .query(UUID.class)
            .list();
    HttpResponse<String> early = post(id, "options/" + options.get(1), Map.of("decision", "taken"));
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(early.body()).contains("Decide the earlier option first");
    assertThat(post(id, "options/" + options.get(0), Map.of("decision", "taken")).statusCode())
        .isEqualTo(302);
    assertThat(text(id))
        .contains("1 April 2018 to 31 March 2026")
        .contains("Furthest possible end 31 March 2027");
    assertThat(post(id, "options/" + options.get(1), Map.of("decision", "declined")).statusCode())
        .isEqualTo(302);
    assertThat(text(id)).contains("Furthest possible end 31 March 2026").contains("Declined on");
  }

  /**
   * A mistake is put right by removing it: only a part of this contract, at the version the page
   * showed, audited; another contract's part, a made-up part or a stale page changes nothing.
   */
  @Test
  void aProviderFundingSourceDocumentOrServiceCanBeRemovedFromItsOwnContractOnly() {
    UUID id = fixture.addContract(fixture.contractForm("ZQRM-1", "Zq removals"));
    UUID other = fixture.addContract(fixture.contractForm("ZQRM-2", "Zq other contract"));
    post(id, "providers", Map.of("providerName", "Zq Typo Provder", "providerRole", "prime"));
    post(other, "providers", Map.of("providerName", "Zq Kept Provider", "providerRole", "prime"));
    post(
        id,
        "documents",
        Map.of("documentTitle", "Zq wrong paper", "documentUrl", "https://example.org/wrong"));
    UUID provider = partId("contract_provider", id);
    UUID otherProvider = partId("contract_provider", other);
    UUID document = partId("contract_document", id);

    HttpResponse<String> foreign =
        post(id, "remove", Map.of("part", "provider", "partId", otherProvider.toString()));
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(foreign.body()).select(".govuk-error-summary").text())
        .contains("That is not on this contract any more");
    for (Map<String, String> odd :
        List.of(
            Map.of("part", "contract", "partId", provider.toString()),
            Map.of("part", "provider", "partId", "not-an-id"),
            Map.of("part", "provider"),
            Map.of("part", "funding", "partId", provider.toString()))) {
      assertThat(post(id, "remove", odd).statusCode()).as(odd.toString()).isEqualTo(400);
    }
    Map<String, String> stale = new HashMap<>();
    stale.put("part", "provider");
    stale.put("partId", provider.toString());
    stale.put("version", String.valueOf(version(id) - 1));
    assertThat(post(id, "remove", stale).statusCode()).isEqualTo(400);
    assertThat(text(id)).contains("Zq Typo Provder", "Zq wrong paper");
    assertThat(text(other)).contains("Zq Kept Provider");

    HttpResponse<String> removed =
        post(id, "remove", Map.of("part", "provider", "partId", provider.toString()));
    assertThat(removed.statusCode()).isEqualTo(302);
    assertThat(post(id, "remove", Map.of("part", "document", "partId", document.toString())))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(302);
    assertThat(text(id)).doesNotContain("Zq Typo Provder", "Zq wrong paper");
    assertThat(text(other)).contains("Zq Kept Provider");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where subject_id = :id"
                        + " and action in ('commissioning.contract.provider-removed',"
                        + " 'commissioning.contract.document-removed')")
                .param("id", id.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  private UUID partId(String table, UUID contract) {
    return jdbc.sql("select id from commissioning." + table + " where contract_id = :id limit 1")
        .param("id", contract)
        .query(UUID.class)
        .single();
  }

  @Test
  void theSecondWriterIsToldItChangedSinceTheyOpenedIt() {
    UUID id = fixture.addContract(fixture.contractForm("ZQP-2", "Zq family support"));
    int opened = version(id);
    Map<String, String> first = fixture.contractForm("ZQP-2", "Zq family support, first edit");
    first.put("version", String.valueOf(opened));
    assertThat(session.post("/commissioning/contracts/" + id, first).statusCode()).isEqualTo(302);
    Map<String, String> second = fixture.contractForm("ZQP-2", "Zq family support, second edit");
    second.put("version", String.valueOf(opened));
    HttpResponse<String> stale = session.post("/commissioning/contracts/" + id, second);
    assertThat(stale.statusCode()).isEqualTo(400);
    assertThat(stale.body()).contains("changed since you opened it");
    assertThat(text(id)).contains("Zq family support, first edit").doesNotContain("second edit");
    HttpResponse<String> staleValue =
        post(
            id,
            "values",
            Map.of("valueYear", "2024", "valueAmount", "1", "version", String.valueOf(opened)));
    assertThat(staleValue.statusCode()).isEqualTo(400);
    assertThat(staleValue.body()).contains("changed since you opened it");
  }

  @Test
  void badInputIsRefusedWithAMessage() {
    Map<String, String> notHundred = fixture.contractForm("ZQP-3", "Zq bad shares");
    notHundred.put("share-" + fixture.north, "48.6");
    notHundred.put("share-" + fixture.west, "51.3");
    HttpResponse<String> shares = session.post("/commissioning/contracts", notHundred);
    assertThat(shares.statusCode()).isEqualTo(400);
    assertThat(shares.body()).contains("must total exactly 100% (they total 99.9%)");

    Map<String, String> markup = fixture.contractForm("ZQP-4", "<script>alert(1)</script>");
    HttpResponse<String> refused = session.post("/commissioning/contracts", markup);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("cannot contain &lt; or &gt;")
        .doesNotContain("<script>alert(1)");

    Map<String, String> nul = fixture.contractForm("ZQP-5", "Zq\u0000nul");
    assertThat(session.post("/commissioning/contracts", nul).statusCode()).isEqualTo(400);

    Map<String, String> noHost = fixture.contractForm("ZQP-6", "Zq no host");
    noHost.put("host", UUID.randomUUID().toString());
    assertThat(session.post("/commissioning/contracts", noHost).body())
        .contains("Choose the host council");

    UUID id = fixture.addContract(fixture.contractForm("ZQP-7", "Zq bad input"));
    HttpResponse<String> negative =
        post(id, "values", Map.of("valueYear", "2024", "valueAmount", "-5"));
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(negative.body()).contains("cannot be negative");
    HttpResponse<String> huge =
        post(id, "values", Map.of("valueYear", "2024", "valueAmount", "99999999999999999999"));
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("£999,999,999,999.99 or less");
    assertThat(post(id, "values", Map.of("valueYear", "1066", "valueAmount", "5")).body())
        .contains("Enter the financial year");
    HttpResponse<String> unknown =
        post(id, "services", Map.of("serviceId", UUID.randomUUID().toString()));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("The directory has no service with this id");
    HttpResponse<String> badUrl =
        post(id, "documents", Map.of("documentTitle", "Zq", "documentUrl", "javascript:alert(1)"));
    assertThat(badUrl.statusCode()).isEqualTo(400);
    assertThat(badUrl.body()).contains("starting https://");
    assertThat(
            post(
                    id,
                    "documents",
                    Map.of("documentTitle", "Zq", "documentUrl", "http://example.org"))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            post(
                    id,
                    "options",
                    Map.of(
                        "optionMonths",
                        "999",
                        "decideByDay",
                        "31",
                        "decideByMonth",
                        "2",
                        "decideByYear",
                        "2025"))
                .body())
        .contains("from 1 to 120")
        .contains("Enter the date the option must be decided by");
    assertThat(session.get("/commissioning/contracts/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    assertThat(session.get("/commissioning/contracts/not-an-id").statusCode()).isEqualTo(404);
    assertThat(
            session.get("/commissioning/contracts?year=abc&status=%3Cb%3E&council=x").statusCode())
        .isEqualTo(200);
  }

  @Test
  void alertsAppearWithinTheLeadTimeTheCommissionerChooses() {
    LocalDate today = LocalDate.now(FinancialYear.UK);
    LocalDate end = today.plusMonths(8);
    Map<String, String> form = fixture.contractForm("ZQP-8", "Zq alerting service");
    form.put("startYear", String.valueOf(today.getYear() - 1));
    form.put("endDay", String.valueOf(end.getDayOfMonth()));
    form.put("endMonth", String.valueOf(end.getMonthValue()));
    form.put("endYear", String.valueOf(end.getYear()));
    form.put("noticeMonths", "3");
    fixture.addContract(form);
    WebSession own = WebSession.signedIn(port, "commissioner", "alliance-demo");
    assertThat(own.post("/commissioning/alerts", Map.of("leadMonths", "6")).statusCode())
        .isEqualTo(302);
    // Six months ahead: the notice date (end less three months) is in, the end is not.
    String home = Jsoup.parse(own.get("/").body()).text();
    String alerts = Jsoup.parse(own.get("/commissioning/alerts").body()).text();
    assertThat(alerts).contains("Zq alerting service").contains("last day to give notice");
    assertThat(alerts).doesNotContain("Zq alerting service ends");
    assertThat(home).contains("Young people's alliance pilot: ends on");
    assertThat(own.post("/commissioning/alerts", Map.of("leadMonths", "9")).statusCode())
        .isEqualTo(302);
    assertThat(Jsoup.parse(own.get("/commissioning/alerts").body()).text())
        .contains("Zq alerting service ends");
    assertThat(own.post("/commissioning/alerts", Map.of("leadMonths", "1")).statusCode())
        .isEqualTo(302);
    assertThat(Jsoup.parse(own.get("/commissioning/alerts").body()).text())
        .doesNotContain("Zq alerting service");
    HttpResponse<String> bad = own.post("/commissioning/alerts", Map.of("leadMonths", "<b>"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Choose how far ahead");
    own.post("/commissioning/alerts", Map.of("leadMonths", "6"));
  }

  @Test
  void theRegisterFiltersAndDownloads() {
    String all = Jsoup.parse(session.get("/commissioning/contracts?year=2023").body()).text();
    assertThat(all)
        .contains("Adult structured treatment")
        .contains("Young people's alliance pilot");
    String ended =
        Jsoup.parse(session.get("/commissioning/contracts?year=2023&status=ended").body())
            .getElementById("register")
            .text();
    assertThat(ended)
        .contains("Family support service")
        .doesNotContain("Young people's alliance pilot");
    HttpResponse<byte[]> csv = session.getBytes("/commissioning/contracts.csv?year=2023");
    String file = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(file)
        .contains("Reference,Service")
        .contains("5394200.00")
        .contains("2621581.20")
        .contains(",2622,")
        .contains(",2772");
  }

  /**
   * A register of more contracts than a page holds: each page shows its own contracts in order, the
   * totals are every contract's, and a page number out of range or not a number is a page, not an
   * error.
   */
  /**
   * The register keeps each year's totals while it stays at one version; every change moves the
   * version, here made in SQL as another node or an import would make it, not through this node.
   */
  @Test
  void theTotalsFollowEveryChangeToTheRegisterWhoeverMakesIt() {
    UUID council =
        jdbc.sql("select host_council_id from commissioning.contract limit 1")
            .query(UUID.class)
            .single();
    UUID contract =
        jdbc.sql(
                """
                insert into commissioning.contract (reference, service, status, start_on, end_on,
                  host_council_id)
                values ('ZQVER-1', 'Zq version lot', 'active', date '2094-04-01', date '2096-03-31',
                  :council)
                returning id
                """)
            .param("council", council)
            .query(UUID.class)
            .single();
    try {
      jdbc.sql(
              "insert into commissioning.contract_council (contract_id, council_id, percent)"
                  + " values (:id, :council, 100)")
          .param("id", contract)
          .param("council", council)
          .update();
      jdbc.sql(
              "insert into commissioning.contract_value (contract_id, financial_year, amount)"
                  + " values (:id, 2095, 5000000)")
          .param("id", contract)
          .update();
      assertThat(totalRow(2095)).startsWith("Total").endsWith("5,000");

      jdbc.sql("update commissioning.contract_value set amount = 7000000 where contract_id = :id")
          .param("id", contract)
          .update();
      assertThat(totalRow(2095)).endsWith("7,000");

      jdbc.sql("delete from commissioning.contract_value where contract_id = :id")
          .param("id", contract)
          .update();
      assertThat(totalRow(2095)).doesNotContain("7,000");
    } finally {
      jdbc.sql("delete from commissioning.contract where id = :id").param("id", contract).update();
    }
  }

  private String totalRow(int year) {
    Document page = Jsoup.parse(session.get("/commissioning/contracts?year=" + year).body());
    var rows = page.select("#published-table tbody tr");
    return rows.isEmpty() ? "" : rows.last().text();
  }

  @Test
  void aLargeRegisterIsPagedWithTotalsForEveryContract() {
    UUID council =
        jdbc.sql("select host_council_id from commissioning.contract limit 1")
            .query(UUID.class)
            .single();
    List<UUID> made =
        jdbc.sql(
                """
                insert into commissioning.contract (reference, service, status, start_on, end_on,
                  host_council_id)
                select 'ZQPAGE-' || lpad(g::text, 3, '0'), 'Zzpaging lot ' || lpad(g::text, 3, '0'),
                       'active', date '2096-04-01', date '2099-03-31', :council
                  from generate_series(1, 230) g
                returning id
                """)
            .param("council", council)
            .query(UUID.class)
            .list();
    try {
      jdbc.sql(
              """
              insert into commissioning.contract_council (contract_id, council_id, percent)
              select id, :council, 100 from commissioning.contract where reference like 'ZQPAGE-%'
              """)
          .param("council", council)
          .update();
      jdbc.sql(
              """
              insert into commissioning.contract_value (contract_id, financial_year, amount)
              select id, 2097, 1000.01 from commissioning.contract where reference like 'ZQPAGE-%'
              """)
          .update();
      int all =
          jdbc.sql("select count(*) from commissioning.contract").query(Integer.class).single();
      int pages = (all + 99) / 100;

      Document last =
          Jsoup.parse(session.get("/commissioning/contracts?year=2097&page=" + pages).body());
      assertThat(last.select("#register-paging").text())
          .isEqualTo(
              "Contracts %d to %d of %d. The totals in the table above are for all %d; its rows are this page's."
                  .formatted((pages - 1) * 100 + 1, all, all, all));
      assertThat(last.select("#register tbody tr").size()).isEqualTo(all - (pages - 1) * 100);
      assertThat(last.select("#register tbody").text()).contains("Zzpaging lot 230");
      assertThat(last.select(".govuk-pagination__prev a").attr("href"))
          .isEqualTo("/commissioning/contracts?year=2097&page=" + (pages - 1));
      assertThat(last.select(".govuk-pagination__next")).isEmpty();
      // 230 contracts of £1,000.01 in 2097, published in £000 (each 1), totalled from the rounded.
      assertThat(last.select("#published-table tbody tr").last().text()).contains("230");

      for (String odd : List.of("0", "-1", "99999999", "x", "1.5")) {
        HttpResponse<String> page = session.get("/commissioning/contracts?year=2097&page=" + odd);
        assertThat(page.statusCode()).as(odd).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select("#register-paging").text())
            .as(odd)
            .startsWith("Contracts 1 to 100 of ");
      }
    } finally {
      jdbc.sql("delete from commissioning.contract where reference like 'ZQPAGE-%'").update();
    }
    assertThat(made).hasSize(230);
  }
}
