package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Co-writing over real HTTP: the person adds their words to a goal, a review and someone in their
 * network, marks a goal important or done, and adds a goal of their own; what they write is marked
 * as theirs and the worker's words stay as written; a proxy reads but cannot write; a stale mark is
 * told, not lost.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyPlanCoWritingTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private SupportFixture fixture;
  private UserAccount practitioner;
  private UUID person;
  private UUID goal;
  private WebSession own;
  private WebSession proxy;
  private WebSession team;

  @BeforeAll
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    practitioner = fixture.user("practitioner");
    team = WebSession.signedIn(port, "practitioner", "alliance-demo");
    MyPlanWorld world = new MyPlanWorld(port);
    person = fixture.person("Zqcowrite", "Zqperson", LocalDate.of(1992, 6, 1), practitioner);
    goal = fixture.goal(person, practitioner, null, "Zq worker wrote this goal");
    own = world.activate(world.selfCode(team, person, "Zqcowrite"));
    proxy = world.activate(world.proxyCode(team, person, "Zq Sister", "sister", "plan"));
  }

  private String goalRow() {
    return jdbc.sql("select words || '|' || in_words_of from support.plan_goal where id = :id")
        .param("id", goal)
        .query(String.class)
        .single();
  }

  @Test
  void thePersonsWordsAreMarkedAsTheirsAndTheWorkersStayAsWritten() {
    String before = goalRow();
    HttpResponse<String> saved =
        own.post("/my-plan/goals/" + goal + "/words", Map.of("words", "Zq I want this by summer"));
    assertThat(saved.statusCode()).isEqualTo(302);
    String page = own.get("/my-plan/goals/" + goal).body();
    assertThat(page).contains("Zq I want this by summer", "You,", "Zq worker wrote this goal");
    assertThat(goalRow()).isEqualTo(before);
    assertThat(own.get("/my-plan").body()).contains("Zq I want this by summer");
    // The worker sees it too, on the practitioner's plan page or goal page, marked as the person's.
    assertThat(
            jdbc.sql(
                    "select written_as from support.own_words where person_id = :p and entry_id ="
                        + " :g")
                .param("p", person)
                .param("g", goal)
                .query(String.class)
                .single())
        .isEqualTo("self");
    HttpResponse<String> empty =
        own.post("/my-plan/goals/" + goal + "/words", Map.of("words", " "));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).contains("There is a problem", "Write something first");
    HttpResponse<String> tooLong =
        own.post("/my-plan/goals/" + goal + "/words", Map.of("words", "x".repeat(1001)));
    assertThat(tooLong.body()).contains("Use 1000 letters or fewer");
  }

  @Test
  void marksAndAStaleMark() {
    int version = version();
    HttpResponse<String> marked =
        own.post(
            "/my-plan/goals/" + goal + "/marks",
            Map.of("version", String.valueOf(version), "important", "true", "done", "true"));
    assertThat(marked.statusCode()).isEqualTo(302);
    assertThat(own.get("/my-plan").body()).contains("Important to me", "Done");
    HttpResponse<String> stale =
        own.post(
            "/my-plan/goals/" + goal + "/marks",
            Map.of("version", String.valueOf(version), "important", "false"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("Your worker changed this goal while you were looking");
    assertThat(
            jdbc.sql("select important_to_person from support.plan_goal where id = :id")
                .param("id", goal)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  private int version() {
    return jdbc.sql("select version from support.plan_goal where id = :id")
        .param("id", goal)
        .query(Integer.class)
        .single();
  }

  @Test
  void aGoalOfTheirOwn() {
    HttpResponse<String> form = own.get("/my-plan/goals/new");
    assertThat(form.statusCode()).isEqualTo(200);
    String area =
        jdbc.sql(
                "select id::text from support.life_domain where set_code = 'adults' order by"
                    + " position limit 1")
            .query(String.class)
            .single();
    HttpResponse<String> noArea =
        own.post("/my-plan/goals", Map.of("words", "Zq learn to swim", "area", ""));
    assertThat(noArea.body()).contains("Choose which part of your life it is about");
    String youngPeoplesArea =
        jdbc.sql(
                "select id::text from support.life_domain where set_code = 'young-people' order by"
                    + " position limit 1")
            .query(String.class)
            .single();
    assertThat(
            own.post(
                    "/my-plan/goals", Map.of("words", "Zq learn to swim", "area", youngPeoplesArea))
                .body())
        .as("an adult is not offered the young people's set")
        .contains("Choose which part of your life it is about");
    HttpResponse<String> added =
        own.post("/my-plan/goals", Map.of("words", "Zq learn to swim", "area", area));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(own.get("/my-plan").body()).contains("Zq learn to swim");
    assertThat(
            jdbc.sql(
                    "select in_words_of from support.plan_goal where person_id = :p and words ="
                        + " 'Zq learn to swim' and added_by_account is not null")
                .param("p", person)
                .query(String.class)
                .single())
        .isEqualTo("person");
  }

  @Test
  void aProxyReadsButCannotWrite() {
    assertThat(proxy.get("/my-plan").body()).contains("Zq worker wrote this goal");
    long words = ownWords();
    assertThat(
            proxy
                .post("/my-plan/goals/" + goal + "/words", Map.of("words", "Zq from the proxy"))
                .statusCode())
        .isEqualTo(404);
    assertThat(proxy.get("/my-plan/goals/new").statusCode()).isEqualTo(404);
    assertThat(proxy.get("/my-plan/sharing").statusCode()).isEqualTo(404);
    assertThat(ownWords()).isEqualTo(words);
  }

  private long ownWords() {
    return jdbc.sql("select count(*) from support.own_words where person_id = :p")
        .param("p", person)
        .query(Long.class)
        .single();
  }

  @Test
  void thePersonStopsSharingAndCanShareAgain() {
    UUID carer = fixture.proxyAccount(person, practitioner);
    assertThat(own.get("/my-plan/sharing").body()).contains("Zq carer", "Stop sharing");
    assertThat(own.post("/my-plan/sharing/" + carer + "/stop", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(own.get("/my-plan/sharing").body()).contains("Share with them again");
    UUID self =
        jdbc.sql(
                "select user_id from support.person_account where person_id = :p and relation ="
                    + " 'self'")
            .param("p", person)
            .query(UUID.class)
            .single();
    HttpResponse<String> notOwnAccount = own.post("/my-plan/sharing/" + self + "/stop", Map.of());
    assertThat(notOwnAccount.statusCode()).isEqualTo(200);
    assertThat(own.get("/my-plan").statusCode()).as("their own account still works").isEqualTo(200);
    assertThat(own.post("/my-plan/sharing/" + carer + "/renew", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(own.get("/my-plan/sharing").body()).contains("Stop sharing");
  }
}
