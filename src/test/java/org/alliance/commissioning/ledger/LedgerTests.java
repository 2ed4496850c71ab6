package org.alliance.commissioning.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.organisation.Organisations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The open-book ledger over real HTTP: it reconciles (the entries' sums are the totals on every
 * page, the CSV and the PDF, to the penny), it is append-only, a finance lead sees and records only
 * their own member's money, two entries at once both land, and bad input gets an error summary.
 * Each test works in a financial year of its own, far from the demo's.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerTests {

  static final String OWN = "Brackenshire Recovery Partnership"; // the demo finance lead's member
  static final String OTHER = "Harbour Housing";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Organisations organisations;

  WebSession manager;
  WebSession finance;
  UUID own;
  UUID other;

  @BeforeAll
  void signIn() {
    manager = WebSession.signedIn(port, "manager", "alliance-demo");
    finance = WebSession.signedIn(port, "finance", "alliance-demo");
    own = member(OWN);
    other = member(OTHER);
  }

  UUID member(String name) {
    return organisations.all().stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  UUID budget(int year) {
    HttpResponse<String> made =
        manager.post(
            "/alliance/ledger/budgets", Map.of("year", String.valueOf(year), "note", "Zq budget"));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    return jdbc.sql("select id from commissioning.ledger_budget where financial_year = :y")
        .param("y", year)
        .query(UUID.class)
        .single();
  }

  UUID line(UUID budget, String name, String amount, boolean isf) {
    Map<String, String> form = new HashMap<>(Map.of("name", name, "budget", amount));
    if (isf) {
      form.put("isf", "true");
    }
    HttpResponse<String> made = manager.post("/alliance/ledger/budgets/" + budget + "/lines", form);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    return jdbc.sql("select id from commissioning.ledger_line where budget_id = :b and name = :n")
        .param("b", budget)
        .param("n", name)
        .query(UUID.class)
        .single();
  }

  static Map<String, String> entry(
      String kind, UUID member, String amount, int year, String description) {
    Map<String, String> form = new HashMap<>();
    form.put("kind", kind);
    form.put("member", member.toString());
    form.put("amount", amount);
    form.put("onDay", "15");
    form.put("onMonth", "6");
    form.put("onYear", String.valueOf(year));
    form.put("description", description);
    form.put("invoiceRef", "");
    return form;
  }

  HttpResponse<String> add(WebSession as, UUID line, Map<String, String> form) {
    as.get("/alliance/ledger/lines/" + line);
    return as.post("/alliance/ledger/lines/" + line + "/entries", form);
  }

  UUID added(WebSession as, UUID line, Map<String, String> form) {
    HttpResponse<String> made = add(as, line, form);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    return jdbc.sql(
            "select id from commissioning.ledger_entry where line_id = :l and description = :d"
                + " order by seq desc limit 1")
        .param("l", line)
        .param("d", form.get("description"))
        .query(UUID.class)
        .single();
  }

  BigDecimal sum(UUID budget, String kind, UUID member) {
    return jdbc.sql(
            """
            select coalesce(sum(e.amount), 0) from commissioning.ledger_entry e
              join commissioning.ledger_line l on l.id = e.line_id
             where l.budget_id = :b and e.kind = :k
               and (cast(:m as uuid) is null or e.member_id = :m)
            """)
        .param("b", budget)
        .param("k", kind)
        .param("m", member)
        .query(BigDecimal.class)
        .single();
  }

  static String text(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).text();
  }

  // ---- Reconciliation --------------------------------------------------------------------

  @Test
  void theLedgerReconcilesOnEveryPageTheCsvAndThePdf() throws Exception {
    int year = 2032;
    UUID budget = budget(year);
    UUID staffing = line(budget, "Zq staffing", "10,000.00", false);
    UUID training = line(budget, "Zq training", "1000", false);
    added(manager, staffing, entry("allocation", own, "6000.00", year, "Zq own staffing share"));
    added(manager, staffing, entry("allocation", other, "3999.99", year, "Zq other staffing"));
    added(manager, training, entry("allocation", own, "600", year, "Zq own training"));
    added(manager, training, entry("allocation", other, "500.01", year, "Zq other training"));
    // Odd pence that a double would not keep exact.
    BigDecimal spent = BigDecimal.ZERO;
    for (int i = 1; i <= 9; i++) {
      BigDecimal amount = new BigDecimal("0.07").multiply(new BigDecimal(i * 111));
      added(finance, staffing, entry("spend", own, amount.toPlainString(), year, "Zq pay " + i));
      spent = spent.add(amount);
    }
    added(manager, staffing, entry("spend", other, "1234.56", year, "Zq other pay"));
    UUID twice = added(finance, training, entry("spend", own, "100.00", year, "Zq entered twice"));
    finance.get("/alliance/ledger/entries/" + twice);
    HttpResponse<String> reversed =
        finance.post(
            "/alliance/ledger/entries/" + twice + "/corrections",
            Map.of("amount", "-100.00", "reason", "Zq the invoice was entered twice"));
    assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(302);
    HttpResponse<String> shown = finance.get("/alliance/ledger/entries/" + twice);
    assertThat(shown.body()).contains("£0.00").contains("Zq the invoice was entered twice");

    // Corrections net out: the reversed £100 counts for nothing.
    assertThat(sum(budget, "spend", own)).isEqualByComparingTo(spent);
    assertThat(spent).isEqualByComparingTo("349.65");
    BigDecimal allSpent = sum(budget, "spend", null);
    BigDecimal allAllocated = sum(budget, "allocation", null);
    assertThat(allSpent).isEqualByComparingTo("1584.21");
    assertThat(allAllocated).isEqualByComparingTo("11100.00");

    // The overview: the alliance's totals, and training flagged as over-allocated.
    Document overview = Jsoup.parse(manager.get("/alliance/ledger?year=" + year).body());
    assertThat(overview.select("#alliance-budget").text()).isEqualTo("£11,000.00");
    assertThat(overview.select("#alliance-allocated").text()).startsWith("£11,100.00");
    assertThat(overview.select("#alliance-spent").text()).startsWith("£1,584.21");
    Element trainingRow =
        overview.select("#lines-table tbody tr").stream()
            .filter(r -> r.text().contains("Zq training"))
            .findFirst()
            .orElseThrow();
    assertThat(trainingRow.text()).contains("£1,100.01").contains("Over-allocated");
    // Spent 1,584.21 of allocated 11,100.00 is 14.272...%: 14.3% rounded half up.
    assertThat(overview.select("#alliance-spent").text()).contains("14.3%");
    Document line = Jsoup.parse(manager.get("/alliance/ledger/lines/" + training).body());
    assertThat(line.select("#line-allocated").text()).contains("Over-allocated by £100.01");

    // The report: page, CSV and PDF give the same figures, and they are the entries' sums.
    Document page = Jsoup.parse(manager.get("/alliance/ledger/report?year=" + year).body());
    List<List<String>> pageRows = new ArrayList<>();
    for (Element row : page.select("#by-member-line-table tbody tr")) {
      pageRows.add(row.select("th, td").stream().map(Element::text).toList());
    }
    assertThat(pageRows).hasSize(6); // two members, two lines each, and each member's total
    String csvText = manager.get("/alliance/ledger/report.csv?year=" + year).body();
    List<CSVRecord> csv =
        CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csvText)).getRecords();
    HttpResponse<byte[]> pdf = manager.getBytes("/alliance/ledger/report.pdf?year=" + year);
    assertThat(pdf.statusCode()).isEqualTo(200);
    String pdfText;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    List<CSVRecord> memberRows =
        csv.stream().filter(r -> r.get("Section").startsWith("Member")).toList();
    assertThat(memberRows).hasSize(pageRows.size());
    for (int i = 0; i < pageRows.size(); i++) {
      List<String> shownRow = pageRows.get(i);
      CSVRecord csvRow = memberRows.get(i);
      assertThat(shownRow.get(2))
          .isEqualTo(LedgerMoney.format(new BigDecimal(csvRow.get("Allocated"))));
      assertThat(shownRow.get(4))
          .isEqualTo(LedgerMoney.format(new BigDecimal(csvRow.get("Spent"))));
      assertThat(shownRow.get(5))
          .isEqualTo(LedgerMoney.format(new BigDecimal(csvRow.get("Remaining"))));
      assertThat(shownRow.get(6)).isEqualTo(csvRow.get("Spent % of allocated") + "%");
      assertThat(pdfText)
          .contains(shownRow.get(2) + " ")
          .contains(shownRow.get(4) + " ")
          .contains(shownRow.get(5) + " ")
          .contains(shownRow.get(6));
    }
    CSVRecord alliance =
        csv.stream()
            .filter(r -> r.get("Section").equals("Alliance total"))
            .findFirst()
            .orElseThrow();
    assertThat(new BigDecimal(alliance.get("Allocated"))).isEqualByComparingTo(allAllocated);
    assertThat(new BigDecimal(alliance.get("Spent"))).isEqualByComparingTo(allSpent);
    assertThat(new BigDecimal(alliance.get("Budget"))).isEqualByComparingTo("11000.00");
    assertThat(page.select("#alliance-total").text())
        .contains("£11,000.00")
        .contains("£11,100.00")
        .contains("£1,584.21")
        .contains("14.3%");
    assertThat(pdfText).contains("The whole alliance £11,000.00 £11,100.00 -£100.00 £1,584.21");
    CSVRecord ownTotal =
        csv.stream()
            .filter(r -> r.get("Section").equals("Member total") && r.get("Member").equals(OWN))
            .findFirst()
            .orElseThrow();
    assertThat(new BigDecimal(ownTotal.get("Spent"))).isEqualByComparingTo(spent);
    // The chart's data table beside it holds each member's totals too.
    assertThat(page.select("#by-member-table").text()).contains(OWN).contains("£349.65");
    assertThat(page.select("svg.alliance-chart title").text()).contains("Allocated and spent");
  }

  // ---- Append-only -----------------------------------------------------------------------

  @Test
  void entriesCannotBeChangedOrRemoved() {
    int year = 2036;
    UUID line = line(budget(year), "Zq append only", "500.00", false);
    UUID entry = added(manager, line, entry("allocation", own, "200.00", year, "Zq kept"));
    for (String statement :
        new String[] {
          "update commissioning.ledger_entry set amount = 1 where id = '" + entry + "'",
          "delete from commissioning.ledger_entry where id = '" + entry + "'",
          "truncate commissioning.ledger_entry cascade",
          "alter table commissioning.ledger_entry disable trigger all"
        }) {
      assertThatThrownBy(() -> jdbc.sql(statement).update())
          .as(statement)
          .isInstanceOf(DataAccessException.class)
          .rootCause()
          .hasMessageMatching("(?s).*(append-only|permission denied|must be owner).*");
    }
    assertThat(
            jdbc.sql("select amount from commissioning.ledger_entry where id = :id")
                .param("id", entry)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("200.00");
    // A correction must keep to its entry's line, member and kind, whoever writes it.
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        """
                        insert into commissioning.ledger_entry (line_id, member_id, kind, corrects,
                          amount, entry_on, description, recorded_by_name)
                        values (:line, :member, 'allocation', :entry, -1, current_date, 'Zq', 'Zq')
                        """)
                    .param("line", line)
                    .param("member", other)
                    .param("entry", entry)
                    .update())
        .isInstanceOf(DataAccessException.class);
    // Nor is a negative amount an entry of its own.
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        """
                        insert into commissioning.ledger_entry (line_id, member_id, kind, amount,
                          entry_on, description, recorded_by_name)
                        values (:line, :member, 'spend', -1, current_date, 'Zq', 'Zq')
                        """)
                    .param("line", line)
                    .param("member", own)
                    .update())
        .isInstanceOf(DataAccessException.class);
    // And every entry is audited.
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where subject_type = 'ledger-entry'"
                        + " and subject_id = :id and action = 'ledger.allocation-recorded'")
                .param("id", entry.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  // ---- Who sees what ---------------------------------------------------------------------

  @Test
  void aFinanceLeadSeesAndRecordsOnlyTheirOwnMembersMoney() throws Exception {
    int year = 2033;
    UUID budget = budget(year);
    UUID staffing = line(budget, "Zq finance staffing", "90000.00", false);
    added(manager, staffing, entry("allocation", own, "40000.00", year, "Zq own share"));
    UUID theirs =
        added(manager, staffing, entry("allocation", other, "47654.32", year, "Zq their share"));
    UUID theirSpend =
        added(manager, staffing, entry("spend", other, "8765.43", year, "Zqsecretsalaries"));
    UUID mine = added(finance, staffing, entry("spend", own, "1111.11", year, "Zqownsalaries"));

    List<String> secrets =
        List.of(
            "47,654.32", "47654.32", "8,765.43", "8765.43", "Zqsecretsalaries", "Zq their share");
    List<String> pages = new ArrayList<>();
    for (String path :
        List.of(
            "/alliance/ledger?year=" + year,
            "/alliance/ledger/lines/" + staffing,
            "/alliance/ledger/entries/" + mine,
            "/alliance/ledger/report?year=" + year,
            "/alliance/ledger/report.csv?year=" + year,
            "/alliance/ledger/isf-returns?year=" + year)) {
      HttpResponse<String> response = finance.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      pages.add(response.body());
    }
    String pdf;
    try (PDDocument document =
        Loader.loadPDF(finance.getBytes("/alliance/ledger/report.pdf?year=" + year).body())) {
      pdf = new PDFTextStripper().getText(document);
    }
    pages.add(pdf);
    for (String body : pages) {
      for (String secret : secrets) {
        assertThat(body).doesNotContain(secret);
      }
      assertThat(body).doesNotContain(OTHER);
    }
    // Their own lines are there, and the alliance's totals.
    assertThat(text(finance.get("/alliance/ledger/lines/" + staffing)))
        .contains("Zqownsalaries")
        .contains("£1,111.11")
        .contains("£40,000.00");
    Document overview = Jsoup.parse(pages.get(0));
    assertThat(overview.select("#alliance-allocated").text()).startsWith("£87,654.32");
    assertThat(overview.select("#alliance-spent").text()).startsWith("£9,876.54");
    // The open book shows everything to the leadership team and the commissioner.
    for (String reader : List.of("leader", "commissioner")) {
      WebSession session = WebSession.signedIn(port, reader, "alliance-demo");
      assertThat(text(session.get("/alliance/ledger/lines/" + staffing)))
          .contains("Zqsecretsalaries")
          .contains("£8,765.43")
          .contains("You read it");
      assertThat(session.get("/alliance/ledger/entries/" + theirSpend).statusCode()).isEqualTo(200);
      // ...but they only read.
      assertThat(
              add(session, staffing, entry("spend", own, "1.00", year, "Zq reader")).statusCode())
          .isEqualTo(403);
    }

    // Another member's entry is not found, to read or to correct.
    assertThat(finance.get("/alliance/ledger/entries/" + theirs).statusCode()).isEqualTo(404);
    assertThat(finance.get("/alliance/ledger/entries/" + theirSpend).statusCode()).isEqualTo(404);
    finance.get("/alliance/ledger/lines/" + staffing);
    assertThat(
            finance
                .post(
                    "/alliance/ledger/entries/" + theirSpend + "/corrections",
                    Map.of("amount", "-1.00", "reason", "Zq tamper"))
                .statusCode())
        .isEqualTo(404);
    // Tampering with the form's member does not record for another member.
    HttpResponse<String> tampered =
        add(finance, staffing, entry("spend", other, "2.22", year, "Zq tampered"));
    assertThat(tampered.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(tampered.body()).select(".govuk-error-summary").text())
        .contains("only for your own member");
    // Nor may a finance lead allocate.
    assertThat(
            add(finance, staffing, entry("allocation", own, "2.22", year, "Zq allocate"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            jdbc.sql(
                    "select count(*) from commissioning.ledger_entry where description in"
                        + " ('Zq tampered', 'Zq allocate', 'Zq reader', 'Zq tamper')")
                .query(Integer.class)
                .single())
        .isZero();
  }

  // ---- Two at once -----------------------------------------------------------------------

  @Test
  void entriesRecordedAtTheSameMomentAllLand() throws Exception {
    int year = 2034;
    UUID line = line(budget(year), "Zq at once", "10000.00", false);
    int sessions = 6;
    List<WebSession> writers = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      WebSession session =
          WebSession.signedIn(port, i % 2 == 0 ? "finance" : "manager", "alliance-demo");
      session.get("/alliance/ledger/lines/" + line);
      writers.add(session);
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(sessions);
    try {
      List<Future<HttpResponse<String>>> running = new ArrayList<>();
      for (int i = 0; i < sessions; i++) {
        WebSession session = writers.get(i);
        Map<String, String> form = entry("spend", own, "10" + i + ".01", year, "Zq at once " + i);
        running.add(
            pool.submit(
                () -> {
                  go.await();
                  return session.post("/alliance/ledger/lines/" + line + "/entries", form);
                }));
      }
      go.countDown();
      for (Future<HttpResponse<String>> response : running) {
        assertThat(response.get().statusCode()).isEqualTo(302);
      }
    } finally {
      pool.shutdownNow();
    }
    // 100.01 + 101.01 + ... + 105.01
    Document page = Jsoup.parse(manager.get("/alliance/ledger/lines/" + line).body());
    assertThat(page.select("#line-spent").text()).startsWith("£615.06");
    assertThat(page.select("#entries-table tbody tr")).hasSize(sessions);
  }

  // ---- Bad input -------------------------------------------------------------------------

  @Test
  void badInputGetsAnErrorSummaryNotAnEntry() {
    int year = 2035;
    UUID line = line(budget(year), "Zq bad input", "1000.00", false);
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("-12.00", "cannot be negative");
    cases.put("1000000000.00", "£999,999,999.99 or less");
    cases.put("99999999999999999999", "£999,999,999.99 or less");
    cases.put("12.345", "at most 2 decimal places");
    cases.put("0", "cannot be £0.00");
    cases.put("twelve", "Enter the amount in pounds and pence");
    cases.put("<b>5</b>", "Enter the amount in pounds and pence");
    for (Map.Entry<String, String> bad : cases.entrySet()) {
      HttpResponse<String> response =
          add(finance, line, entry("spend", own, bad.getKey(), year, "Zq bad " + bad.getKey()));
      assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
      assertThat(Jsoup.parse(response.body()).select(".govuk-error-summary").text())
          .as(bad.getKey())
          .contains(bad.getValue());
      assertThat(response.body()).doesNotContain("<b>5</b>");
    }
    Map<String, String> outside = entry("spend", own, "5.00", year, "Zq outside");
    outside.put("onYear", String.valueOf(year + 2));
    assertThat(text(add(finance, line, outside))).contains("must be in the financial year");
    Map<String, String> nul = entry("spend", own, "5.00", year, "Zq nul\u0000byte");
    assertThat(add(finance, line, nul).statusCode()).isEqualTo(400);
    // Markup is kept as text, shown escaped.
    UUID marked =
        added(finance, line, entry("spend", own, "5.00", year, "<script>alert('zq')</script>"));
    String shown = finance.get("/alliance/ledger/entries/" + marked).body();
    assertThat(shown).doesNotContain("<script>alert").contains("&lt;script&gt;");
    // A correction may be negative, but not below nothing.
    finance.get("/alliance/ledger/entries/" + marked);
    HttpResponse<String> tooFar =
        finance.post(
            "/alliance/ledger/entries/" + marked + "/corrections",
            Map.of("amount", "-5.01", "reason", "Zq too far"));
    assertThat(tooFar.statusCode()).isEqualTo(400);
    assertThat(text(tooFar)).contains("below £0.00");
    HttpResponse<String> fine =
        finance.post(
            "/alliance/ledger/entries/" + marked + "/corrections",
            Map.of("amount", "-2.50", "reason", "Zq half"));
    assertThat(fine.statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "select count(*) from commissioning.ledger_entry e join"
                        + " commissioning.ledger_line l on l.id = e.line_id where l.id = :l")
                .param("l", line)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  // ---- Changing a line's budget ------------------------------------------------------------

  @Test
  void aLineBudgetChangedByTwoPeopleIsNotSilentlyOverwritten() {
    int year = 2037;
    UUID line = line(budget(year), "Zq changing", "1000.00", false);
    added(manager, line, entry("allocation", own, "900.00", year, "Zq share"));
    WebSession second = WebSession.signedIn(port, "manager", "alliance-demo");
    HttpResponse<String> firstPage = manager.get("/alliance/ledger/lines/" + line);
    HttpResponse<String> secondPage = second.get("/alliance/ledger/lines/" + line);
    HttpResponse<String> lowered =
        manager.submit(firstPage, "#budget-form", Map.of("budget", "800.00"));
    assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(302);
    HttpResponse<String> stale =
        second.submit(secondPage, "#budget-form", Map.of("budget", "1200.00"));
    assertThat(stale.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(stale.body()).select(".govuk-error-summary").text())
        .contains("changed since you opened it")
        .contains("£800.00");
    Document page = Jsoup.parse(manager.get("/alliance/ledger/lines/" + line).body());
    assertThat(page.select("#line-budget").text()).isEqualTo("£800.00");
    assertThat(page.select("#line-allocated").text()).contains("Over-allocated by £100.00");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where subject_id = :id"
                        + " and action = 'ledger.line-budget-changed'")
                .param("id", line.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    // Only the manager changes it.
    HttpResponse<String> asFinance = finance.get("/alliance/ledger/lines/" + line);
    assertThat(asFinance.body()).doesNotContain("budget-form");
    assertThat(
            finance
                .post(
                    "/alliance/ledger/lines/" + line + "/budget",
                    Map.of("budget", "5.00", "version", "1"))
                .statusCode())
        .isEqualTo(403);
  }
}
