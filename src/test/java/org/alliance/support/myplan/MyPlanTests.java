package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "My plan" over real HTTP: a code made by the person's team, activated with no e-mail address; the
 * person sees their own plan and nothing of anyone else's; a proxy sees only the parts agreed and
 * never a labelled entry, and loses access when the person withdraws it or turns 18; withheld
 * entries stay out of the page and the JSON.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyPlanTests {

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

  @Test
  void aPersonActivatesTheirCodeAndSeesTheirOwnPlanOnly() {
    UUID mine = fixture.person("Zqmine", "Zqown", LocalDate.of(1990, 3, 4), practitioner);
    UUID theirs = fixture.person("Zqtheirs", "Zqother", LocalDate.of(1991, 3, 4), practitioner);
    fixture.goal(mine, practitioner, null, "Zq get my own flat");
    fixture.goal(mine, practitioner, "sexual-health", "Zq my labelled goal");
    fixture.goal(theirs, practitioner, null, "Zq someone else's goal");

    WebSession person = world.activate(world.selfCode(team, mine, "Zqmine Zqown"));

    HttpResponse<String> home = person.get("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/my-plan");
    HttpResponse<String> plan = person.get("/my-plan");
    assertThat(plan.statusCode()).isEqualTo(200);
    assertThat(plan.body())
        .contains("Zq get my own flat", "Zq my labelled goal", "Exit this page")
        .doesNotContain("Zq someone else", "Zqother");
    assertThat(plan.body()).containsPattern("<title>Your plan – Alliance</title>");
    assertThat(person.get("/my-plan/plan.json").body())
        .contains("Zq get my own flat")
        .doesNotContain("Zq someone else");
    // Workers' pages stay closed to a person's account.
    assertThat(person.get("/people/" + mine).statusCode()).isEqualTo(403);
    assertThat(person.get("/people").statusCode()).isEqualTo(403);
    assertThat(person.get("/account").statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where person_id = :p and action ="
                        + " 'person.own-view'")
                .param("p", mine)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aCodeWorksOnceAndEveryBadCodeGetsTheSameAnswer() {
    UUID mine = fixture.person("Zqonce", "Zqcode", LocalDate.of(1985, 1, 1), practitioner);
    String code = world.selfCode(team, mine, "Zqonce");
    world.activate(code.toLowerCase().replace("-", " "));
    HttpResponse<String> again =
        world.tryActivate(code, "zq-again-" + UUID.randomUUID().toString().substring(0, 6));
    HttpResponse<String> unknown =
        world.tryActivate(
            "ABCD-EFGH-JKMN", "zq-unknown-" + UUID.randomUUID().toString().substring(0, 6));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("That code does not work");
    assertThat(unknown.body()).contains("That code does not work");
  }

  @Test
  void aProxySeesOnlyWhatWasSharedAndLosesItWhenWithdrawnOrAt18() {
    LocalDate born = LocalDate.now().minusYears(15);
    UUID young = fixture.person("Zqyoung", "Zqperson", born, practitioner);
    fixture.goal(young, practitioner, null, "Zq go back to school");
    fixture.goal(young, practitioner, "sexual-health", "Zq private goal");
    fixture.appointment(young, practitioner);

    WebSession parent = world.activate(world.proxyCode(team, young, "Zq Parent", "Mum", "plan"));
    String seen = parent.get("/my-plan").body();
    assertThat(seen).contains("Zq go back to school").doesNotContain("Zq private goal");
    assertThat(seen).doesNotContain("Next appointments").doesNotContain("Money for your plan");
    LocalDate endsOn =
        jdbc.sql(
                "select a.ends_on from support.person_account a where a.person_id = :p and"
                    + " a.relation = 'proxy'")
            .param("p", young)
            .query(LocalDate.class)
            .single();
    assertThat(endsOn).isEqualTo(born.plusYears(18));

    // The young person turns 18: the parent's access ends that day.
    jdbc.sql("update support.person_account set ends_on = current_date where person_id = :p")
        .param("p", young)
        .update();
    HttpResponse<String> after = parent.get("/my-plan");
    assertThat(after.statusCode()).isEqualTo(403);
    assertThat(after.body()).contains("You cannot see a plan now").doesNotContain("Zq go back");

    UUID adult = fixture.person("Zqadult", "Zqperson", LocalDate.of(1980, 1, 1), practitioner);
    fixture.goal(adult, practitioner, null, "Zq adult goal");
    WebSession carer = world.activate(world.proxyCode(team, adult, "Zq Carer", "carer", "plan"));
    assertThat(carer.get("/my-plan").body()).contains("Zq adult goal");
    UUID carerId =
        jdbc.sql("select user_id from support.person_account where person_id = :p")
            .param("p", adult)
            .query(UUID.class)
            .single();
    HttpResponse<String> ended =
        team.post("/people/" + adult + "/accounts/" + carerId + "/withdraw", java.util.Map.of());
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(carer.get("/my-plan").statusCode()).isEqualTo(403);
    assertThat(carer.get("/my-plan/plan.json").body()).doesNotContain("Zq adult goal");
  }

  @Test
  void aWithheldGoalStaysOutOfThePageAndTheJson() {
    UUID person = fixture.person("Zqwithheld", "Zqperson", LocalDate.of(1979, 5, 5), practitioner);
    fixture.goal(person, practitioner, null, "Zq shown goal");
    UUID hidden = fixture.goal(person, practitioner, null, "Zq withheld goal");
    jdbc.sql(
            """
            insert into support.withheld_entry (person_id, entry_kind, entry_id, reason, withheld_by,
                                                withheld_by_member)
            values (:p, 'goal', :g, 'Zq safeguarding', :u, :m)
            """)
        .param("p", person)
        .param("g", hidden)
        .param("u", practitioner.id())
        .param("m", practitioner.organisationId())
        .update();
    WebSession own = world.activate(world.selfCode(team, person, "Zqwithheld"));
    assertThat(own.get("/my-plan").body())
        .contains("Zq shown goal")
        .doesNotContain("Zq withheld goal");
    assertThat(own.get("/my-plan/plan.json").body())
        .contains("Zq shown goal")
        .doesNotContain("Zq withheld goal");
  }

  @Test
  void signInSaysTheSameForAnUnknownNameAndAWrongPassword() {
    WebSession unknown = new WebSession(port);
    HttpResponse<String> noSuchAccount =
        unknown.signIn(
            "zq-nobody-" + UUID.randomUUID().toString().substring(0, 6), "Zq wrong words");
    WebSession known = new WebSession(port);
    HttpResponse<String> wrongPassword = known.signIn("person", "Zq wrong words");
    assertThat(noSuchAccount.statusCode()).isEqualTo(wrongPassword.statusCode());
    assertThat(noSuchAccount.headers().firstValue("Location"))
        .isEqualTo(wrongPassword.headers().firstValue("Location"));
    String first = unknown.follow(noSuchAccount).body().replaceAll("value=\"[^\"]*\"", "");
    String second = known.follow(wrongPassword).body().replaceAll("value=\"[^\"]*\"", "");
    assertThat(first).isEqualTo(second);
  }

  @Test
  void anAdministratorNeitherListsNorEditsAPersonsOwnAccount() {
    UUID personAccount = users.findByUsername("person").orElseThrow().id();
    WebSession admin = WebSession.signedIn(port, "admin", "alliance-demo");
    assertThat(admin.get("/admin/users").body()).doesNotContain(personAccount.toString());
    assertThat(admin.get("/admin/users/" + personAccount).statusCode()).isEqualTo(404);
    HttpResponse<String> change =
        admin.post(
            "/admin/users/" + personAccount,
            java.util.Map.of("displayName", "Zq renamed", "roles", "admin", "version", "0"));
    assertThat(change.statusCode()).isEqualTo(404);
    assertThat(users.findByUsername("person").orElseThrow().roles())
        .containsExactly(org.alliance.identity.Role.PERSON);
  }
}
