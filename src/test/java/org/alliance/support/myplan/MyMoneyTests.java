package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Your money" over real HTTP: the person's budgets to the penny, the same figures as the worker's
 * statement (commitments, payments, spending awaiting a second person's approval, a
 * reconciliation); a withheld budget is left out; a proxy the person did not share money with gets
 * a 404.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyMoneyTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private SupportFixture fixture;
  private MyPlanWorld world;
  private UserAccount practitioner;
  private WebSession team;

  @BeforeAll
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    world = new MyPlanWorld(port);
    practitioner = fixture.user("practitioner");
    team = WebSession.signedIn(port, "practitioner", "alliance-demo");
  }

  private UUID spend(
      UUID person, UUID budget, String kind, String what, String amount, String status, UUID of) {
    return jdbc.sql(
            """
            insert into support.budget_spend (budget_id, person_id, kind, what, who_to, amount,
              spent_on, commitment_id, status, recorded_by)
            values (:budget, :person, :kind, :what, 'Zq Brackenshire Leisure', :amount,
              current_date, :of, :status, :by)
            returning id
            """)
        .param("budget", budget)
        .param("person", person)
        .param("kind", kind)
        .param("what", what)
        .param("amount", new BigDecimal(amount))
        .param("of", of)
        .param("status", status)
        .param("by", practitioner.id())
        .query(UUID.class)
        .single();
  }

  private static String text(Document page, String id) {
    return page.getElementById(id) == null ? null : page.getElementById(id).text();
  }

  @Test
  void theMoneyPageAddsUpToThePennyAsTheWorkersStatementDoes() {
    UUID person = fixture.person("Zqmoney", "Zqpennies", LocalDate.of(1984, 6, 7), practitioner);
    UUID holder = fixture.otherMember(practitioner);
    UUID fund = fixture.budget(person, practitioner, "isf", holder);
    UUID gym = spend(person, fund, "commitment", "Zq gym membership", "120.37", "counted", null);
    UUID art = spend(person, fund, "commitment", "Zq art class", "80.13", "counted", null);
    spend(person, fund, "commitment", "Zq laptop", "300.00", "awaiting-approval", null);
    spend(person, fund, "payment", "Zq gym, first month", "33.33", "counted", gym);
    spend(person, fund, "payment", "Zq a stamp", "0.01", "counted", null);
    spend(person, fund, "payment", "Zq paints", "12.99", "counted", art);
    spend(person, fund, "payment", "Zq a bike", "275.50", "awaiting-approval", null);
    spend(person, fund, "payment", "Zq a sofa", "19.99", "declined", null);

    // Last year's budget, reconciled with something given back.
    UUID lastYear = fixture.budget(person, practitioner, "personal-budget", null);
    jdbc.sql(
            """
            update support.budget set starts_on = current_date - 730, ends_on = current_date - 366,
                   allocation = 500.00, wants = 'Zq swimming last year'
             where id = :id
            """)
        .param("id", lastYear)
        .update();
    spend(person, lastYear, "payment", "Zq swim pass", "123.45", "counted", null);
    spend(person, lastYear, "payment", "Zq goggles", "76.54", "counted", null);
    jdbc.sql(
            """
            update support.budget set reconciled_on = current_date - 300, closing_balance = 50.01,
                   returned = 250.00, reconciled_by = :by, reconciliation_note = 'Zq handed back'
             where id = :id
            """)
        .param("id", lastYear)
        .param("by", practitioner.id())
        .update();

    // A budget withheld from the person's own view.
    UUID secret = fixture.budget(person, practitioner, "personal-budget", null);
    jdbc.sql("update support.budget set wants = 'Zq a withheld budget' where id = :id")
        .param("id", secret)
        .update();
    withhold(person, "budget", secret);

    WebSession own = world.activate(world.selfCode(team, person, "Zqmoney Zqpennies"));
    HttpResponse<String> response = own.get("/my-plan/money");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).containsPattern("<title>Your money – Alliance</title>");
    assertThat(response.body()).contains("Exit this page").doesNotContain("Zq a withheld budget");
    Document page = Jsoup.parse(response.body());

    // Newest period first: this year's fund, then last year's budget.
    assertThat(text(page, "money-1")).isEqualTo("£1,000.00");
    assertThat(text(page, "paid-1")).isEqualTo("£46.33");
    assertThat(text(page, "left-1")).isEqualTo("£953.67");
    assertThat(text(page, "planned-1")).isEqualTo("£154.18");
    assertThat(text(page, "waiting-1")).isEqualTo("£575.50");
    assertThat(text(page, "planned-list-1"))
        .contains("Zq gym membership", "£120.37", "Zq laptop", "Waiting for a second OK");
    assertThat(text(page, "paid-list-1"))
        .contains("Zq a stamp", "£0.01", "Zq a sofa", "Not agreed, so it does not count");
    assertThat(page.text())
        .contains(organisations.name(holder).orElseThrow() + " keeps this money safe");

    assertThat(text(page, "money-2")).isEqualTo("£500.00");
    assertThat(text(page, "left-2")).isEqualTo("£300.01");
    assertThat(text(page, "given-back-2")).isEqualTo("£250.00");
    assertThat(text(page, "closing-2")).isEqualTo("£50.01");
    assertThat(page.text()).contains("Zq handed back");
    assertThat(text(page, "money-3")).isNull();

    // The worker's statement of the same fund shows the same figures.
    Document statement = Jsoup.parse(team.get("/people/" + person + "/budgets/" + fund).body());
    assertThat(text(statement, "balance")).isEqualTo(text(page, "left-1"));
    assertThat(text(statement, "paid-total")).isEqualTo(text(page, "paid-1"));
    assertThat(text(statement, "committed-total")).isEqualTo(text(page, "planned-1"));
    assertThat(text(statement, "awaiting-total")).isEqualTo(text(page, "waiting-1"));

    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where person_id = :p"
                        + " and action = 'person.own-view' and detail = 'my money; as self'")
                .param("p", person)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aProxyWithoutTheMoneyPartGetsNotFoundAndOneWithItSeesTheMoney() {
    UUID person =
        fixture.person("Zqmoneyproxy", "Zqperson", LocalDate.of(1970, 1, 1), practitioner);
    fixture.budget(person, practitioner, "personal-budget", null);
    WebSession planOnly =
        world.activate(world.proxyCode(team, person, "Zq Friend", "friend", "plan"));
    HttpResponse<String> refused = planOnly.get("/my-plan/money");
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain("Zq driving lessons").doesNotContain("£1,000.00");
    assertThat(planOnly.get("/my-plan").body()).doesNotContain("/my-plan/money");

    WebSession withMoney =
        world.activate(world.proxyCode(team, person, "Zq Sister", "sister", "budget"));
    HttpResponse<String> shown = withMoney.get("/my-plan/money");
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("Zqmoneyproxy’s money", "Zq driving lessons", "£1,000.00");
  }

  private void withhold(UUID person, String kind, UUID entry) {
    jdbc.sql(
            """
            insert into support.withheld_entry (person_id, entry_kind, entry_id, reason, withheld_by,
                                                withheld_by_member)
            values (:p, :kind, :e, 'Zq safeguarding reason', :u, :m)
            """)
        .param("p", person)
        .param("kind", kind)
        .param("e", entry)
        .param("u", practitioner.id())
        .param("m", practitioner.organisationId())
        .update();
  }
}
