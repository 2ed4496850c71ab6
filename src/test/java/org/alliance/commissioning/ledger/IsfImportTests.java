package org.alliance.commissioning.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Individual Service Fund returns into the ledger: a month comes in once per member, a re-import
 * adds a correction where support's total changed and nothing where it did not, and a member with
 * fewer than 5 funds is shown as not available, its figures never appearing. June 2019, a month no
 * demo fund touches, with funds planted in support's tables for the purpose.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsfImportTests {

  static final String SHOWN = "Steps to Work Ltd";
  static final String SUPPRESSED = "St Clement's Community Kitchen";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  @Test
  void aMonthComesInOnceAndAChangeComesInAsACorrection() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    UserAccount worker = fixture.user("practitioner");
    UUID shown = fixture.member(SHOWN).id();
    UUID suppressed = fixture.member(SUPPRESSED).id();
    LocalDate june = LocalDate.of(2019, 6, 1);
    UUID firstFund = null;
    for (int i = 0; i < 6; i++) {
      UUID fund = fund(fixture, worker, shown, june, "Zqisf" + i);
      pay(fund, worker, new BigDecimal("10.01").multiply(new BigDecimal(i + 1)), june.plusDays(9));
      firstFund = firstFund == null ? fund : firstFund;
    }
    for (int i = 0; i < 2; i++) {
      pay(
          fund(fixture, worker, suppressed, june, "Zqfew" + i),
          worker,
          new BigDecimal("43.21"),
          june.plusDays(3));
    }

    WebSession manager = WebSession.signedIn(port, "manager", "alliance-demo");
    manager.post("/alliance/ledger/budgets", Map.of("year", "2019", "note", "Zq"));
    UUID budget =
        jdbc.sql("select id from commissioning.ledger_budget where financial_year = 2019")
            .query(UUID.class)
            .single();
    manager.get("/alliance/ledger?year=2019");
    HttpResponse<String> line =
        manager.post(
            "/alliance/ledger/budgets/" + budget + "/lines",
            Map.of("name", "Zq ISF", "budget", "5000", "isf", "true"));
    assertThat(line.statusCode()).as(line.body()).isEqualTo(302);

    String summary = bringIn(manager, "2019-06");
    assertThat(summary).contains("1 new entry").contains("1 member not available");
    assertThat(paid(shown)).isEqualByComparingTo("210.21");
    assertThat(paid(suppressed)).isEqualByComparingTo("0");

    // Again, unchanged: nothing new.
    assertThat(bringIn(manager, "2019-06"))
        .contains("0 new entries")
        .contains("0 corrections")
        .contains("1 member unchanged");
    assertThat(paid(shown)).isEqualByComparingTo("210.21");

    // A payment found later: the re-import corrects the entry, it does not add a second.
    pay(firstFund, worker, new BigDecimal("5.55"), june.plusDays(20));
    assertThat(bringIn(manager, "2019-06")).contains("0 new entries").contains("1 correction");
    assertThat(paid(shown)).isEqualByComparingTo("215.76");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) filter (where corrects is null) || '/'
                           || count(*) filter (where corrects is not null)
                      from commissioning.ledger_entry
                     where isf_month = date '2019-06-01' and member_id = :m
                    """)
                .param("m", shown)
                .query(String.class)
                .single())
        .isEqualTo("1/1");

    // The suppressed member is not available, and its figure appears nowhere.
    String report = manager.get("/alliance/ledger/report?year=2019").body();
    assertThat(Jsoup.parse(report).select("#not-available + ul").text())
        .contains(SUPPRESSED.replace("'", "'"))
        .contains("not available for June 2019");
    assertThat(report).doesNotContain("43.21").doesNotContain("86.42").contains("£215.76");
    assertThat(manager.get("/alliance/ledger/report.csv?year=2019").body())
        .doesNotContain("86.42")
        .contains("215.76");

    // Only the alliance manager brings returns in.
    WebSession finance = WebSession.signedIn(port, "finance", "alliance-demo");
    finance.get("/alliance/ledger/isf-returns?year=2019");
    assertThat(
            finance.post("/alliance/ledger/isf-returns", Map.of("month", "2019-06")).statusCode())
        .isEqualTo(403);
    // A month without a budget says so.
    manager.get("/alliance/ledger/isf-returns");
    HttpResponse<String> none =
        manager.post("/alliance/ledger/isf-returns", Map.of("month", "2011-06"));
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(none.body()).select(".govuk-error-summary").text())
        .contains("no devolved budget for 2011 to 2012");
  }

  private String bringIn(WebSession manager, String month) {
    manager.get("/alliance/ledger/isf-returns?year=2019");
    HttpResponse<String> done =
        manager.post("/alliance/ledger/isf-returns", Map.of("month", month));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
    HttpResponse<String> page =
        manager.get(
            done.headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
    return Jsoup.parse(page.body()).select(".govuk-notification-banner").text();
  }

  private BigDecimal paid(UUID member) {
    return jdbc.sql(
            """
            select coalesce(sum(amount), 0) from commissioning.ledger_entry
             where isf_month = date '2019-06-01' and member_id = :m and kind = 'spend'
            """)
        .param("m", member)
        .query(BigDecimal.class)
        .single();
  }

  private UUID fund(
      SupportFixture fixture, UserAccount worker, UUID holder, LocalDate from, String name) {
    UUID person = fixture.person(name, "Zqfund", LocalDate.of(1990, 1, 1), worker);
    return jdbc.sql(
            """
            insert into support.budget (person_id, kind, holding_member_id, member_id, starts_on,
              ends_on, allocation, funding_source, in_words_of, recorded_by, changed_by)
            values (:person, 'isf', :holder, :member, :from, :to, 1000.00, 'Zq grant', 'person',
              :by, :by)
            returning id
            """)
        .param("person", person)
        .param("holder", holder)
        .param("member", worker.organisationId())
        .param("from", from)
        .param("to", from.plusMonths(1).minusDays(1))
        .param("by", worker.id())
        .query(UUID.class)
        .single();
  }

  private void pay(UUID fund, UserAccount worker, BigDecimal amount, LocalDate on) {
    jdbc.sql(
            """
            insert into support.budget_spend (budget_id, person_id, kind, what, amount, spent_on,
              status, recorded_by)
            select id, person_id, 'payment', 'Zq payment', :amount, :on, 'counted', :by
              from support.budget where id = :fund
            """)
        .param("fund", fund)
        .param("amount", amount)
        .param("on", on)
        .param("by", worker.id())
        .update();
  }
}
