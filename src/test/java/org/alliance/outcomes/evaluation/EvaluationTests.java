package org.alliance.outcomes.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.alliance.support.myplan.MyPlanWorld;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pilot evaluation report over real HTTP, on a fixture of its own in the financial year 2041
 * (far from the demo's and other tests'): the ledger's budget against spend to the penny, people
 * reached by member through disclosure control, the indicator against its target, the same in the
 * PDF, who may read it, bad months, and a person's words appearing only while they share them.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationTests {

  static final String PERIOD = "/outcomes/evaluation?from=2041-04&to=2042-03";
  static final String OWN = "Brackenshire Recovery Partnership";
  static final String OTHER = "Harbour Housing";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired org.alliance.support.Tallies tallies;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  SupportFixture fixture;
  WebSession manager;
  UUID own;
  UUID other;

  @BeforeAll
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    manager = WebSession.signedIn(port, "manager", "alliance-demo");
    own = fixture.member(OWN).id();
    other = fixture.member(OTHER).id();
    ledger();
    // Seven people reached by one member, two by another (one of them seen by both: counted once,
    // under the member that saw them first).
    UserAccount ownWorker = fixture.newUser(Role.PRACTITIONER, own, true);
    UserAccount otherWorker = fixture.newUser(Role.PRACTITIONER, other, true);
    for (int i = 0; i < 7; i++) {
      UUID person = fixture.person("Zqreach" + i, "Zqeval", LocalDate.of(1990, 1, 1), ownWorker);
      contact(person, ownWorker, OffsetDateTime.of(2041, 5, 10 + i, 10, 0, 0, 0, ZoneOffset.UTC));
      if (i == 0) {
        contact(person, otherWorker, OffsetDateTime.of(2041, 9, 1, 10, 0, 0, 0, ZoneOffset.UTC));
      }
    }
    for (int i = 0; i < 2; i++) {
      UUID person =
          fixture.person("Zqreachother" + i, "Zqeval", LocalDate.of(1990, 1, 1), otherWorker);
      contact(person, otherWorker, OffsetDateTime.of(2041, 6, 1, 10, 0, 0, 0, ZoneOffset.UTC));
    }
    tallies.refreshNow();
  }

  private void contact(UUID person, UserAccount worker, OffsetDateTime at) {
    jdbc.sql(
            """
            insert into support.contact (person_id, member_id, worker_id, mode, happens_at,
                                         outcome, recorded_by)
            values (:person, :member, :worker, 'face-to-face', :at, 'attended', :worker)
            """)
        .param("person", person)
        .param("member", worker.organisationId())
        .param("worker", worker.id())
        .param("at", at)
        .update();
  }

  /** The 2041 budget: two lines, allocations to two members, spend and a late correction. */
  private void ledger() {
    UUID budget =
        jdbc.sql(
                "insert into commissioning.ledger_budget (financial_year, note) values (2041, 'Zq')"
                    + " returning id")
            .query(UUID.class)
            .single();
    UUID staffing = line(budget, "Zq staffing", "100000.00", 0);
    UUID pilot = line(budget, "Zq pilot", "20000.50", 1);
    entry(staffing, own, "allocation", "60000.00", "2041-04-01", null);
    entry(staffing, other, "allocation", "40000.00", "2041-04-01", null);
    UUID spend = entry(staffing, own, "spend", "12345.67", "2041-05-10", null);
    // Corrected after the period ends: still counted on the date of the spend it corrects.
    entry(staffing, own, "spend", "-45.67", "2042-03-31", spend);
    entry(pilot, other, "spend", "999.99", "2042-02-01", null);
  }

  private UUID line(UUID budget, String name, String amount, int position) {
    return jdbc.sql(
            "insert into commissioning.ledger_line (budget_id, name, budget, position)"
                + " values (:b, :n, :a, :p) returning id")
        .param("b", budget)
        .param("n", name)
        .param("a", new BigDecimal(amount))
        .param("p", position)
        .query(UUID.class)
        .single();
  }

  private UUID entry(UUID line, UUID member, String kind, String amount, String on, UUID corrects) {
    return jdbc.sql(
            """
            insert into commissioning.ledger_entry (line_id, member_id, kind, corrects, amount,
                                                    entry_on, description, recorded_by_name)
            values (:line, :member, :kind, :corrects, :amount, :on, 'Zq entry', 'Zq tester')
            returning id
            """)
        .param("line", line)
        .param("member", member)
        .param("kind", kind)
        .param("corrects", corrects)
        .param("amount", new BigDecimal(amount))
        .param("on", LocalDate.parse(on))
        .query(UUID.class)
        .single();
  }

  private static String row(Document page, String tableId, String name) {
    return page.select("#" + tableId + " tr").stream()
        .filter(tr -> tr.select("th").text().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + name + " in " + tableId))
        .select("td")
        .eachText()
        .toString();
  }

  @Test
  void theReportHoldsEachSectionsFiguresForTheAlliancesReaders() {
    HttpResponse<String> response = manager.get(PERIOD);
    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("h1").text())
        .isEqualTo("Pilot evaluation report, April 2041 to March 2042");
    assertThat(page.select("h2").eachText())
        .contains(
            "Budget against spend",
            "People reached",
            "Indicators against targets",
            "Outcomes",
            "In people's own words");
    assertThat(page.text()).contains("the financial year 2041 to 2042");
    assertThat(row(page, "budget-lines", "Zq staffing"))
        .isEqualTo("[£100,000.00, £12,300.00, £87,700.00]");
    assertThat(row(page, "budget-lines", "Zq pilot"))
        .isEqualTo("[£20,000.50, £999.99, £19,000.51]");
    assertThat(row(page, "budget-lines", "The whole alliance"))
        .isEqualTo("[£120,000.50, £13,299.99, £106,700.51]");
    assertThat(row(page, "budget-members", OWN)).isEqualTo("[£60,000.00, £12,300.00, £47,700.00]");
    assertThat(row(page, "budget-members", OTHER)).isEqualTo("[£40,000.00, £999.99, £39,000.01]");
    assertThat(page.select("svg.alliance-chart title").text())
        .isEqualTo("Budget and spend by budget line, April 2041 to March 2042");
    assertThat(page.select("svg.alliance-chart").text())
        .contains("Budget £100,000.00", "Spent £12,300.00");

    // 7 and 2: the 2 is suppressed, and so is the 7, or the total would give the 2 away.
    assertThat(row(page, "reached", OWN)).isEqualTo("[Not shown]");
    assertThat(row(page, "reached", OTHER)).isEqualTo("[Not shown]");
    assertThat(row(page, "reached", "All members")).isEqualTo("[9]");
    assertThat(page.text()).contains("counts from 1 to 4 are not shown");

    // Ten appointments attended (one person twice), none missed; the seeded indicator has no
    // target.
    assertThat(row(page, "indicator-table", "Did-not-attend rate" + " " + description()))
        // Version 2 of the did-not-attend rate carries the demo contract's target of 10%.
        .isEqualTo("[0.0%, 0 of 10, At most 10%. Lower is better., Met]");
    assertThat(page.text()).contains("Did-not-attend rate, month by month", "May 2041");
    assertThat(page.select("#no-words").text())
        .isEqualTo("No one has chosen to share words written in these months.");
    assertThat(page.text()).doesNotContain("Zqreach").doesNotContain("Zqeval");
  }

  private String description() {
    return jdbc.sql(
            "select description from outcomes.indicator where code = 'did-not-attend-rate'"
                + " order by version desc limit 1")
        .query(String.class)
        .single();
  }

  @Test
  void thePdfHasTheSameSectionsAndFigures() throws IOException {
    HttpResponse<byte[]> pdf = manager.getBytes(PERIOD.replace("evaluation?", "evaluation.pdf?"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"pilot-evaluation-2041-04-to-2042-03.pdf\"");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Pilot evaluation report, April 2041 to March 2042",
              "Budget against spend",
              "People reached",
              "Indicators against targets",
              "Outcomes",
              "In people's own words",
              "£100,000.00",
              "£12,300.00",
              "£106,700.51",
              "£39,000.01",
              "Not shown",
              "All members 9",
              "Did-not-attend rate",
              "0.0%",
              "Met",
              "May 2041");
      assertThat(text).doesNotContain("Zqreach");
    }
  }

  @Test
  void onlyTheAlliancesReadersReachIt() {
    for (String reader : new String[] {"commissioner", "leader", "datalead"}) {
      WebSession session = WebSession.signedIn(port, reader, "alliance-demo");
      assertThat(session.get(PERIOD).statusCode()).as(reader).isEqualTo(200);
      assertThat(session.getBytes(PERIOD.replace("evaluation?", "evaluation.pdf?")).statusCode())
          .as(reader)
          .isEqualTo(200);
    }
    for (String other : new String[] {"practitioner", "finance", "admin", "dpo", "editor"}) {
      WebSession session = WebSession.signedIn(port, other, "alliance-demo");
      assertThat(session.get(PERIOD).statusCode()).as(other).isEqualTo(403);
      assertThat(session.getBytes(PERIOD.replace("evaluation?", "evaluation.pdf?")).statusCode())
          .as(other)
          .isEqualTo(403);
    }
    HttpResponse<String> anonymous = new WebSession(port).get(PERIOD);
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
  }

  @Test
  void badMonthsGetAnErrorSummaryNeverAnError() {
    HttpResponse<String> notAMonth = manager.get("/outcomes/evaluation?from=2041-13&to=soon");
    assertThat(notAMonth.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(notAMonth.body());
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter the first month as a year and month, like 2025-04",
            "Enter the last month as a year and month, like 2026-03");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#from", "#to");
    assertThat(page.select("#budget")).isEmpty();

    Document tooLong =
        Jsoup.parse(manager.get("/outcomes/evaluation?from=2030-01&to=2035-01").body());
    assertThat(tooLong.select(".govuk-error-summary").text())
        .contains(
            "A report can cover at most 36 months. Choose a last month no later than 2032-12");
    assertThat(manager.getBytes("/outcomes/evaluation.pdf?from=2041-04&to=2030-01").statusCode())
        .isEqualTo(400);
  }

  @Test
  void wordsAppearOnlyWhileTheirWriterSharesThem() {
    UserAccount practitioner = fixture.user("practitioner");
    WebSession team = WebSession.signedIn(port, "practitioner", "alliance-demo");
    MyPlanWorld world = new MyPlanWorld(port);
    UUID person = fixture.person("Zqquoted", "Zqwriter", LocalDate.of(1991, 3, 1), practitioner);
    UUID goal = fixture.goal(person, practitioner, null, "Zq a goal to write beside");
    WebSession own = world.activate(world.selfCode(team, person, "Zqquoted"));
    WebSession proxy =
        world.activate(world.proxyCode(team, person, "Zq Brother", "brother", "plan"));
    assertThat(
            own.post("/my-plan/goals/" + goal + "/words", Map.of("words", "Zq shared: it helped"))
                .statusCode())
        .isEqualTo(302);
    assertThat(
            own.post("/my-plan/goals/" + goal + "/words", Map.of("words", "Zq private thoughts"))
                .statusCode())
        .isEqualTo(302);
    UUID shared = words(person, "Zq shared: it helped");
    String month = YearMonth.now(ZoneId.of("Europe/London")).toString();
    String report = "/outcomes/evaluation?from=" + month + "&to=" + month;

    assertThat(manager.get(report).body()).doesNotContain("Zq shared").doesNotContain("Zq private");

    // The person's own page offers the choice; a proxy cannot make it for them.
    assertThat(own.get("/my-plan/goals/" + goal).body())
        .contains("You may quote these words, without my name, in reports about the service");
    assertThat(
            proxy
                .post("/my-plan/words/" + shared + "/sharing", Map.of("share", "true"))
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> ticked =
        own.post("/my-plan/words/" + shared + "/sharing", Map.of("share", "true"));
    assertThat(ticked.statusCode()).isEqualTo(302);
    assertThat(ticked.headers().firstValue("Location").orElseThrow())
        .endsWith("/my-plan/goals/" + goal);
    assertThat(audited(person, "person.own-words-shared")).isEqualTo(1);

    Document page = Jsoup.parse(manager.get(report).body());
    assertThat(page.select("#own-words ~ figure blockquote").eachText())
        .contains("“Zq shared: it helped”");
    assertThat(page.text())
        .contains("Supported by Open Road Young People's Service")
        .contains("chose to let us quote these words")
        .doesNotContain("Zq private")
        .doesNotContain("Zqquoted")
        .doesNotContain("Zqwriter")
        .doesNotContain(person.toString());
    try (PDDocument document =
        Loader.loadPDF(manager.getBytes(report.replace("evaluation?", "evaluation.pdf?")).body())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Zq shared: it helped")
          .doesNotContain("Zq private")
          .doesNotContain("Zqquoted");
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    HttpResponse<String> withdrawn = own.post("/my-plan/words/" + shared + "/sharing", Map.of());
    assertThat(withdrawn.statusCode()).isEqualTo(302);
    assertThat(audited(person, "person.own-words-share-withdrawn")).isEqualTo(1);
    assertThat(manager.get(report).body()).doesNotContain("Zq shared");
  }

  private UUID words(UUID person, String words) {
    return jdbc.sql("select id from support.own_words where person_id = :p and words = :w")
        .param("p", person)
        .param("w", words)
        .query(UUID.class)
        .single();
  }

  private long audited(UUID person, String action) {
    return jdbc.sql("select count(*) from audit.audit_event where person_id = :p and action = :a")
        .param("p", person)
        .param("a", action)
        .query(Long.class)
        .single();
  }
}
