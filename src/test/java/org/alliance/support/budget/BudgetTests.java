package org.alliance.support.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.alliance.support.IndividualServiceFunds;
import org.alliance.support.SupportFixture;
import org.alliance.support.access.PersonAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Budgets over real HTTP: money to the penny, the reconciliation, the second person's approval, who
 * may see and change a budget, and the ISF return's suppression of small numbers.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired IndividualServiceFunds funds;

  private SupportFixture fixture;
  private UserAccount practitioner;
  private WebSession session;

  @BeforeAll
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    practitioner = fixture.user("practitioner");
    session = WebSession.signedIn(port, "practitioner", "alliance-demo");
  }

  private int version(UUID budget) {
    return jdbc.sql("select version from support.budget where id = :id")
        .param("id", budget)
        .query(Integer.class)
        .single();
  }

  private UUID create(WebSession as, UUID person, LocalDate from, LocalDate to, String allocation) {
    HttpResponse<String> made =
        as.post(
            "/people/" + person + "/budgets",
            Map.ofEntries(
                Map.entry("kind", "personal-budget"),
                Map.entry("startDay", String.valueOf(from.getDayOfMonth())),
                Map.entry("startMonth", String.valueOf(from.getMonthValue())),
                Map.entry("startYear", String.valueOf(from.getYear())),
                Map.entry("endDay", String.valueOf(to.getDayOfMonth())),
                Map.entry("endMonth", String.valueOf(to.getMonthValue())),
                Map.entry("endYear", String.valueOf(to.getYear())),
                Map.entry("allocation", allocation),
                Map.entry("fundingSource", "Zq public health grant"),
                Map.entry("wants", "Zq a bike to get to work"),
                Map.entry("inWordsOf", "person")));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    String location = made.headers().firstValue("Location").orElseThrow();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private HttpResponse<String> pay(
      WebSession as, UUID person, UUID budget, String amount, LocalDate on) {
    Map<String, String> fields = new HashMap<>();
    fields.put("payWhat", "Zq bus fares");
    fields.put("payTo", "Zq Brackenshire Buses");
    fields.put("payAmount", amount);
    fields.put("payDay", String.valueOf(on.getDayOfMonth()));
    fields.put("payMonth", String.valueOf(on.getMonthValue()));
    fields.put("payYear", String.valueOf(on.getYear()));
    fields.put("version", String.valueOf(version(budget)));
    return as.post("/people/" + person + "/budgets/" + budget + "/payments", fields);
  }

  @Test
  void manyOddPenceReconcileToThePenny() {
    UUID person = fixture.person("Zqbudget", "Zqpennies", LocalDate.of(1980, 1, 2), practitioner);
    LocalDate today = LocalDate.now(PersonAccess.UK);
    LocalDate from = today.minusYears(1);
    LocalDate to = today.minusDays(1);
    UUID budget = create(session, person, from, to, "£1,000.00");
    BigDecimal paid = BigDecimal.ZERO;
    for (int i = 1; i <= 37; i++) {
      // 0.01, 1.08, 2.15, ... : odd pence that a double would not keep exact
      BigDecimal amount =
          new BigDecimal(i - 1).multiply(new BigDecimal("1.07")).add(new BigDecimal("0.01"));
      HttpResponse<String> done = pay(session, person, budget, amount.toPlainString(), to);
      assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
      paid = paid.add(amount);
    }
    BigDecimal balance = new BigDecimal("1000.00").subtract(paid);
    assertThat(balance).isEqualByComparingTo("287.01");
    HttpResponse<String> statement = session.get("/people/" + person + "/budgets/" + budget);
    assertThat(statement.body()).contains(Money.format(balance)).contains(Money.format(paid));

    HttpResponse<String> tooMuch =
        session.post(
            "/people/" + person + "/budgets/" + budget + "/reconciliation",
            Map.of("returned", "287.02", "note", "Zq", "version", String.valueOf(version(budget))));
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("no more than the balance");

    HttpResponse<String> reconciled =
        session.post(
            "/people/" + person + "/budgets/" + budget + "/reconciliation",
            Map.of(
                "returned", "£200.05",
                "note", "Zq handed back",
                "version", String.valueOf(version(budget))));
    assertThat(reconciled.statusCode()).as(reconciled.body()).isEqualTo(302);
    BigDecimal closing =
        jdbc.sql("select closing_balance from support.budget where id = :id")
            .param("id", budget)
            .query(BigDecimal.class)
            .single();
    assertThat(closing)
        .isEqualTo(new BigDecimal("1000.00").subtract(paid).subtract(new BigDecimal("200.05")))
        .isEqualTo(new BigDecimal("86.96"));

    HttpResponse<String> after = pay(session, person, budget, "1.00", to);
    assertThat(after.statusCode()).isEqualTo(400);
    assertThat(after.body()).contains("reconciled and closed to changes");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where person_id = :p and action like 'person.budget.%'")
                .param("p", person)
                .query(Long.class)
                .single())
        .isEqualTo(39);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where person_id = :p and (detail like '%Zq%')")
                .param("p", person)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void badMoneyIsAnErrorNeverAFailure() {
    UUID person = fixture.person("Zqbudget", "Zqbadmoney", null, practitioner);
    LocalDate today = LocalDate.now(PersonAccess.UK);
    UUID budget = create(session, person, today, today.plusMonths(6), "500");
    for (String typed : List.of("-1", "1.234", "10,000,000", "abc", "\u00a312\u00a3", "")) {
      HttpResponse<String> refused = pay(session, person, budget, typed, today);
      assertThat(refused.statusCode()).as(typed).isEqualTo(400);
      assertThat(refused.body()).as(typed).contains("There is a problem");
    }
    HttpResponse<String> stale =
        session.post(
            "/people/" + person + "/budgets/" + budget + "/payments",
            Map.of(
                "payWhat", "Zq stale",
                "payAmount", "1",
                "payDay", String.valueOf(today.getDayOfMonth()),
                "payMonth", String.valueOf(today.getMonthValue()),
                "payYear", String.valueOf(today.getYear()),
                "version", String.valueOf(version(budget) + 5)));
    assertThat(stale.statusCode()).isEqualTo(400);
    assertThat(stale.body()).contains("changed since you opened it").contains("Zq stale");
    assertThat(
            jdbc.sql("select count(*) from support.budget_spend where budget_id = :b")
                .param("b", budget)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void spendingOverTheLimitWaitsForASecondPerson() {
    UserAccount recorder = fixture.newUser(Role.PRACTITIONER, practitioner.organisationId(), true);
    UserAccount colleague = fixture.newUser(Role.PRACTITIONER, practitioner.organisationId(), true);
    WebSession asRecorder = WebSession.signedIn(port, recorder.username(), SupportFixture.PASSWORD);
    WebSession asColleague =
        WebSession.signedIn(port, colleague.username(), SupportFixture.PASSWORD);
    UUID person = fixture.person("Zqbudget", "Zqapproval", null, practitioner);
    LocalDate today = LocalDate.now(PersonAccess.UK);
    UUID budget = create(asRecorder, person, today, today.plusMonths(6), "1000");

    assertThat(pay(asRecorder, person, budget, "250.00", today).statusCode()).isEqualTo(302);
    assertThat(pay(asRecorder, person, budget, "250.01", today).statusCode()).isEqualTo(302);
    HttpResponse<String> statement = asRecorder.get("/people/" + person + "/budgets/" + budget);
    assertThat(statement.body()).contains("£750.00").contains("Awaiting approval");
    UUID waiting =
        jdbc.sql(
                "select id from support.budget_spend where budget_id = :b and status = 'awaiting-approval'")
            .param("b", budget)
            .query(UUID.class)
            .single();

    Map<String, String> approve = new HashMap<>();
    approve.put("spend", waiting.toString());
    approve.put("decision", "approve");
    approve.put("version", String.valueOf(version(budget)));
    HttpResponse<String> own =
        asRecorder.post("/people/" + person + "/budgets/" + budget + "/approvals", approve);
    assertThat(own.statusCode()).isEqualTo(400);
    assertThat(own.body()).contains("You recorded this spending, so someone else must approve it");

    approve.put("version", String.valueOf(version(budget)));
    HttpResponse<String> other =
        asColleague.post("/people/" + person + "/budgets/" + budget + "/approvals", approve);
    assertThat(other.statusCode()).as(other.body()).isEqualTo(302);
    assertThat(asColleague.get("/people/" + person + "/budgets/" + budget).body())
        .contains("£499.99")
        .contains("Approved by");
    assertThat(
            jdbc.sql("select decided_by from support.budget_spend where id = :id")
                .param("id", waiting)
                .query(UUID.class)
                .single())
        .isEqualTo(colleague.id());
  }

  @Test
  void anotherMembersPractitionerWithoutAGrantSeesNothingAndChangesNothing() {
    UUID person = fixture.person("Zqbudget", "Zqhiddenbudget", null, practitioner);
    UUID budget = fixture.budget(person, practitioner, "personal-budget", null);
    Organisation elsewhere =
        organisations.all().stream()
            .filter(o -> o.relationship() == Relationship.MEMBER)
            .filter(o -> !o.id().equals(practitioner.organisationId()))
            .findFirst()
            .orElseThrow();
    UserAccount outsider = fixture.newUser(Role.PRACTITIONER, elsewhere.id(), true);
    WebSession asOutsider = WebSession.signedIn(port, outsider.username(), SupportFixture.PASSWORD);
    for (String path :
        List.of(
            "/people/" + person + "/budgets",
            "/people/" + person + "/budgets/new",
            "/people/" + person + "/budgets/" + budget)) {
      HttpResponse<String> page = asOutsider.get(path);
      // Without consent the outsider learns only that a record may exist: sent to /people/{id}.
      assertThat(page.statusCode()).as(path).isIn(302, 403, 404);
      assertThat(page.body()).doesNotContain("Zqhiddenbudget").doesNotContain("Zq driving lessons");
    }
    LocalDate today = LocalDate.now(PersonAccess.UK);
    HttpResponse<String> post = pay(asOutsider, person, budget, "5.00", today);
    assertThat(post.statusCode()).isIn(302, 403, 404);
    assertThat(post.body()).doesNotContain("Zqhiddenbudget");
    assertThat(
            jdbc.sql("select count(*) from support.budget_spend where budget_id = :b")
                .param("b", budget)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(version(budget)).isZero();
  }

  @Test
  void theIsfReturnSuppressesSmallNumbersAndNamesNoOne() {
    List<Organisation> members =
        organisations.all().stream()
            .filter(o -> o.relationship() == Relationship.MEMBER)
            .sorted(java.util.Comparator.comparing(Organisation::name))
            .toList();
    // The few: a member holding no fund yet (the demo's are at one or two members).
    Organisation few =
        members.stream()
            .filter(
                m ->
                    !jdbc.sql(
                            "select exists (select 1 from support.budget where holding_member_id = :m)")
                        .param("m", m.id())
                        .query(Boolean.class)
                        .single())
            .reduce((a, b) -> b)
            .orElseThrow();
    Organisation many = members.stream().filter(m -> !m.equals(few)).findFirst().orElseThrow();
    for (int i = 0; i < 5; i++) {
      UUID person = fixture.person("Zqisf", "Zqmany" + i, null, practitioner);
      fixture.budget(person, practitioner, "isf", many.id());
    }
    for (int i = 0; i < 2; i++) {
      UUID person = fixture.person("Zqisf", "Zqfew" + i, null, practitioner);
      fixture.budget(person, practitioner, "isf", few.id());
    }
    YearMonth month = YearMonth.now(PersonAccess.UK);
    List<IndividualServiceFunds.MemberMonth> rows = funds.month(month);
    IndividualServiceFunds.MemberMonth big =
        rows.stream().filter(r -> r.memberId().equals(many.id())).findFirst().orElseThrow();
    assertThat(big.suppressed()).isFalse();
    assertThat(big.funds()).isGreaterThanOrEqualTo(5);
    assertThat(big.allocated()).isGreaterThanOrEqualTo(new BigDecimal("5000.00"));
    IndividualServiceFunds.MemberMonth small =
        rows.stream().filter(r -> r.memberId().equals(few.id())).findFirst().orElseThrow();
    assertThat(small.suppressed()).isTrue();
    assertThat(small.funds()).isNull();
    assertThat(small.allocated()).isNull();
    assertThat(small.paid()).isNull();

    WebSession manager = WebSession.signedIn(port, "manager", "alliance-demo");
    HttpResponse<String> page = manager.get("/budgets/isf-returns?month=" + month);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(org.springframework.web.util.HtmlUtils.htmlEscape(many.name()))
        .doesNotContain("Zqmany")
        .doesNotContain("Zqfew");
    assertThat(page.body()).contains("fewer than 5");
    assertThat(manager.get("/budgets/isf-returns?month=2026-13").statusCode()).isEqualTo(200);
    assertThat(manager.get("/budgets/isf-returns?month=2026-13").body())
        .contains("There is a problem");
    assertThat(session.get("/budgets/isf-returns").statusCode()).isEqualTo(403);
  }
}
