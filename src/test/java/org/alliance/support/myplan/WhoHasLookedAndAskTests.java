package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.Role;
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
 * "Who has looked" and "Ask your worker" over real HTTP: a worker's read reaches the person with
 * their member and job but not their name; break glass shows as emergency access with its reason;
 * the page shows this person's audit only, never the reader's own visits, and a proxy sees it only
 * if it was shared, without the person's own visits. A question reaches the trusted individual's
 * page and home, their answer comes back, and answers to the wrong person's question change
 * nothing.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoHasLookedAndAskTests {

  private static final Pattern CARD = Pattern.compile("class=\"govuk-summary-card\"");

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
  void aWorkersReadShowsTheirMemberAndJobButNotTheirName() {
    UUID person = fixture.person("Zqlooked", "Zqat", LocalDate.of(1990, 1, 2), practitioner);
    UUID other = fixture.person("Zqnot", "Zqlooked", LocalDate.of(1990, 1, 3), practitioner);
    WebSession own = world.activate(world.selfCode(team, person, "Zqlooked Zqat"));
    own.get("/my-plan");
    assertThat(team.get("/people/" + person).statusCode()).isEqualTo(200);
    team.get("/people/" + other);

    HttpResponse<String> page = own.get("/my-plan/who-has-looked");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<title>Who has looked – Alliance</title>", "Exit this page")
        .contains("Looked at your record", "A worker", "Practitioner")
        .contains(escaped(organisations.name(practitioner.organisationId()).orElseThrow()))
        .doesNotContain(practitioner.displayName())
        // The person's own visits (a person's account, with its role) are left out.
        .doesNotContain(Role.PERSON.label());
    // Exactly this person's entries by anyone but them: nothing of the other person's.
    assertThat(cards(page)).isEqualTo(entries(person, ownAccount(person)));
  }

  @Test
  void breakingTheGlassShowsAsEmergencyAccessWithItsReason() {
    UUID person = fixture.person("Zqglass", "Zqbroken", LocalDate.of(1985, 6, 7), practitioner);
    WebSession own = world.activate(world.selfCode(team, person, "Zqglass"));
    WebSession elsewhere = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    elsewhere.get("/people/" + person + "/break-glass");
    HttpResponse<String> broken =
        elsewhere.post(
            "/people/" + person + "/break-glass", Map.of("reason", "Zq brought to A&E at night"));
    assertThat(broken.statusCode()).isEqualTo(302);
    assertThat(elsewhere.get("/people/" + person).statusCode()).isEqualTo(200);

    String page = own.get("/my-plan/who-has-looked").body();

    assertThat(page)
        .contains("Emergency access", "Zq brought to A&amp;E at night")
        .contains("Opened your record in an emergency", "Looked at your record")
        .contains(
            escaped(
                organisations.name(fixture.user("practitioner2").organisationId()).orElseThrow()))
        .doesNotContain("Break glass: ");
  }

  @Test
  void aProxySeesWhoHasLookedOnlyIfSharedAndNeverThePersonsOwnVisits() {
    UUID person = fixture.person("Zqshared", "Zqreads", LocalDate.of(1970, 2, 2), practitioner);
    WebSession own = world.activate(world.selfCode(team, person, "Zqshared"));
    WebSession planOnly =
        world.activate(world.proxyCode(team, person, "Zq Planonly", "brother", "plan"));
    WebSession reader =
        world.activate(world.proxyCode(team, person, "Zq Reader", "sister", "record-reads"));
    own.get("/my-plan");
    own.get("/my-plan/ask");
    planOnly.get("/my-plan");
    team.get("/people/" + person);

    HttpResponse<String> refused = planOnly.get("/my-plan/who-has-looked");
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain("Looked at");

    HttpResponse<String> shared = reader.get("/my-plan/who-has-looked");
    assertThat(shared.statusCode()).isEqualTo(200);
    assertThat(shared.body())
        .contains("Who has looked at Zqshared’s record", "Looked at the record")
        .doesNotContain("Someone you chose")
        .doesNotContain(Role.PERSON.label());
    UUID[] accounts =
        jdbc.sql("select user_id from support.person_account where person_id = :p")
            .param("p", person)
            .query(UUID.class)
            .list()
            .toArray(UUID[]::new);
    assertThat(cards(shared)).isEqualTo(entries(person, accounts));

    // The person sees the people they chose by name.
    assertThat(own.get("/my-plan/who-has-looked").body())
        .contains("Someone you chose: Zq Reader", "Someone you chose: Zq Planonly");
  }

  @Test
  void pagesOfFiftyAndAnyPageNumberIsAPage() {
    UUID person = fixture.person("Zqmany", "Zqreads", LocalDate.of(1971, 3, 3), practitioner);
    WebSession own = world.activate(world.selfCode(team, person, "Zqmany"));
    jdbc.sql(
            """
            insert into audit.audit_event (actor_user_id, actor_username, actor_organisation,
                                           action, subject_type, subject_id, person_id, detail)
            select :user, 'practitioner', 'Zq Member', 'person.read', 'person', :p, :p,
                   'record page; under standard grant'
              from generate_series(1, 60)
            """)
        .param("user", practitioner.id())
        .param("p", person)
        .update();
    HttpResponse<String> first = own.get("/my-plan/who-has-looked");
    assertThat(cards(first)).isEqualTo(50);
    assertThat(first.body()).contains("Next page", "/my-plan/who-has-looked?page=2");
    HttpResponse<String> second = own.get("/my-plan/who-has-looked?page=2");
    assertThat(cards(second)).isEqualTo(entries(person, ownAccount(person)) - 50);
    assertThat(second.body()).contains("Previous page").doesNotContain("Next page");
    for (String odd : new String[] {"-1", "0", "abc", "99999999999999999999", "1.5", ""}) {
      HttpResponse<String> page = own.get("/my-plan/who-has-looked?page=" + odd);
      assertThat(page.statusCode()).as(odd).isEqualTo(200);
      assertThat(cards(page)).as(odd).isEqualTo(50);
    }
    HttpResponse<String> beyond = own.get("/my-plan/who-has-looked?page=999999999");
    assertThat(beyond.statusCode()).isEqualTo(200);
    assertThat(beyond.body()).contains("There is nothing on this page");
  }

  @Test
  void aQuestionReachesTheTrustedIndividualAndTheAnswerComesBack() {
    UUID person = fixture.person("Zqasking", "Zqperson", LocalDate.of(1982, 4, 4), practitioner);
    UUID goal = fixture.goal(person, practitioner, null, "Zq find a quiet flat");
    trustedIndividual(person, practitioner);
    WebSession own = world.activate(world.selfCode(team, person, "Zqasking"));
    WebSession proxy = world.activate(world.proxyCode(team, person, "Zq Friend", "friend", "plan"));

    HttpResponse<String> form = own.get("/my-plan/ask");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Goal: Zq find a quiet flat", "Exit this page");
    HttpResponse<String> sent =
        own.post(
            "/my-plan/ask",
            Map.of("about", "goal-" + goal, "question", "Zq can we meet nearer home?"));
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(own.follow(sent).body())
        .contains("Your question was sent to " + practitioner.displayName());
    assertThat(
            jdbc.sql("select about from support.person_question where person_id = :p")
                .param("p", person)
                .query(String.class)
                .single())
        .isEqualTo("Goal: Zq find a quiet flat");
    assertThat(audited(person, "person.question-asked")).isEqualTo(1);

    // A proxy cannot ask, nor read the person's questions.
    assertThat(proxy.get("/my-plan/ask").statusCode()).isEqualTo(404);
    HttpResponse<String> proxyPost =
        proxy.post("/my-plan/ask", Map.of("about", "plan", "question", "Zq from the proxy"));
    assertThat(proxyPost.statusCode()).isEqualTo(404);
    assertThat(proxyPost.body()).doesNotContain("Zq can we meet");

    assertThat(team.get("/").body())
        .contains("A question waits from someone you are the trusted individual for")
        .contains("/people/" + person + "/questions");
    assertThat(team.get("/people/" + person).body()).contains("Questions from them (1 waiting)");
    HttpResponse<String> questions = team.get("/people/" + person + "/questions");
    assertThat(questions.statusCode()).isEqualTo(200);
    assertThat(questions.body())
        .contains("Zqasking Zqperson", "Zq can we meet nearer home?", "Goal: Zq find a quiet flat");

    UUID question = questionOf(person);
    String answerPath = "/people/" + person + "/questions/" + question + "/answer";
    assertThat(team.post(answerPath, Map.of("answer", "Zq yes, at the library")).statusCode())
        .isEqualTo(302);
    HttpResponse<String> again = team.post(answerPath, Map.of("answer", "Zq second answer"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("There is a problem", "already answered");
    assertThat(answerOf(question)).isEqualTo("Zq yes, at the library");
    assertThat(audited(person, "person.question-answered")).isEqualTo(1);

    assertThat(own.get("/my-plan/ask").body())
        .contains("Zq can we meet nearer home?", "Zq yes, at the library");
    assertThat(team.get("/people/" + person).body()).contains("Questions from them (0 waiting)");
    assertThat(team.get("/").body()).doesNotContain("/people/" + person + "/questions");
  }

  @Test
  void withNoTrustedIndividualTheQuestionGoesToTheTeam() {
    UUID person = fixture.person("Zqnolead", "Zqperson", LocalDate.of(1983, 5, 5), practitioner);
    WebSession own = world.activate(world.selfCode(team, person, "Zqnolead"));
    HttpResponse<String> sent =
        own.post("/my-plan/ask", Map.of("about", "money", "question", "Zq how much is left?"));
    assertThat(own.follow(sent).body())
        .contains("Your question was sent to your worker’s team")
        .contains("Zq how much is left?");
  }

  @Test
  void answeringAnotherPersonsQuestionIsRefusedAndChangesNothing() {
    UUID mine = fixture.person("Zqmine", "Zqasked", LocalDate.of(1984, 6, 6), practitioner);
    UUID theirs = fixture.person("Zqtheirs", "Zqasked", LocalDate.of(1984, 6, 7), practitioner);
    UUID myQuestion = fixture.question(mine, "Zq my question");
    UUID theirQuestion = fixture.question(theirs, "Zq their question");

    HttpResponse<String> crossed =
        team.post(
            "/people/" + mine + "/questions/" + theirQuestion + "/answer",
            Map.of("answer", "Zq crossed"));
    HttpResponse<String> crossedBack =
        team.post(
            "/people/" + theirs + "/questions/" + myQuestion + "/answer",
            Map.of("answer", "Zq crossed back"));
    HttpResponse<String> unknown =
        team.post(
            "/people/" + mine + "/questions/" + UUID.randomUUID() + "/answer",
            Map.of("answer", "Zq nothing"));

    assertThat(crossed.statusCode()).isEqualTo(404);
    assertThat(crossedBack.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(crossed.body()).doesNotContain("Zq their question");
    assertThat(answerOf(myQuestion)).isNull();
    assertThat(answerOf(theirQuestion)).isNull();

    // Someone outside the team who may open the record (break glass) reads but cannot answer.
    WebSession elsewhere = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    elsewhere.get("/people/" + mine + "/break-glass");
    elsewhere.post("/people/" + mine + "/break-glass", Map.of("reason", "Zq urgent"));
    HttpResponse<String> read = elsewhere.get("/people/" + mine + "/questions");
    assertThat(read.body()).contains("Zq my question").doesNotContain("Send the answer");
    assertThat(
            elsewhere
                .post(
                    "/people/" + mine + "/questions/" + myQuestion + "/answer",
                    Map.of("answer", "Zq not mine to answer"))
                .statusCode())
        .isEqualTo(404);
    assertThat(answerOf(myQuestion)).isNull();
  }

  @Test
  void badQuestionsAndAnswersGetAnErrorSummary() {
    UUID person = fixture.person("Zqbad", "Zqinput", LocalDate.of(1986, 7, 7), practitioner);
    UUID other = fixture.person("Zqother", "Zqinput", LocalDate.of(1986, 7, 8), practitioner);
    UUID othersGoal = fixture.goal(other, practitioner, null, "Zq someone else's goal");
    WebSession own = world.activate(world.selfCode(team, person, "Zqbad"));
    own.get("/my-plan/ask");

    HttpResponse<String> empty = own.post("/my-plan/ask", Map.of("about", "", "question", " "));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body())
        .contains("There is a problem", "Choose what your question is about")
        .contains("Write your question", "<title>Error: Ask your worker – Alliance</title>");
    HttpResponse<String> tooLong =
        own.post("/my-plan/ask", Map.of("about", "plan", "question", "a".repeat(1001)));
    assertThat(tooLong.body())
        .contains("There is a problem", "Your question must be 1000 characters or fewer");
    for (String about :
        new String[] {"goal-" + UUID.randomUUID(), "goal-" + othersGoal, "goal-x", "My plan"}) {
      HttpResponse<String> wrong =
          own.post("/my-plan/ask", Map.of("about", about, "question", "Zq a fair question"));
      assertThat(wrong.statusCode()).as(about).isEqualTo(200);
      assertThat(wrong.body()).as(about).contains("Choose what your question is about");
      assertThat(wrong.body()).as(about).doesNotContain("Zq someone else's goal");
    }
    assertThat(
            jdbc.sql("select count(*) from support.person_question where person_id = :p")
                .param("p", person)
                .query(Integer.class)
                .single())
        .isZero();

    HttpResponse<String> longest =
        own.post("/my-plan/ask", Map.of("about", "other", "question", "b".repeat(1000)));
    assertThat(longest.statusCode()).isEqualTo(302);

    UUID question = questionOf(person);
    String answerPath = "/people/" + person + "/questions/" + question + "/answer";
    team.get("/people/" + person + "/questions");
    HttpResponse<String> blank = team.post(answerPath, Map.of("answer", "  "));
    assertThat(blank.body()).contains("There is a problem", "Write your answer");
    HttpResponse<String> huge = team.post(answerPath, Map.of("answer", "c".repeat(2001)));
    assertThat(huge.body()).contains("2000 characters or fewer");
    assertThat(answerOf(question)).isNull();
  }

  private static String escaped(String text) {
    return org.springframework.web.util.HtmlUtils.htmlEscape(text);
  }

  private static int cards(HttpResponse<String> page) {
    Matcher matcher = CARD.matcher(page.body());
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  /** The person's audit entries made by anyone but these accounts (the system included). */
  private int entries(UUID person, UUID... leftOut) {
    return jdbc.sql(
            "select count(*) from audit.audit_event where person_id = :p"
                + " and (actor_user_id is null or actor_user_id <> all(:out))")
        .param("p", person)
        .param("out", leftOut)
        .query(Integer.class)
        .single();
  }

  private UUID ownAccount(UUID person) {
    return jdbc.sql(
            "select user_id from support.person_account where person_id = :p and relation = 'self'")
        .param("p", person)
        .query(UUID.class)
        .single();
  }

  private int audited(UUID person, String action) {
    return jdbc.sql("select count(*) from audit.audit_event where person_id = :p and action = :a")
        .param("p", person)
        .param("a", action)
        .query(Integer.class)
        .single();
  }

  private UUID questionOf(UUID person) {
    return jdbc.sql("select id from support.person_question where person_id = :p")
        .param("p", person)
        .query(UUID.class)
        .single();
  }

  private String answerOf(UUID question) {
    return jdbc.sql("select answer from support.person_question where id = :q")
        .param("q", question)
        .query((rs, n) -> rs.getString("answer"))
        .list()
        .get(0);
  }

  private void trustedIndividual(UUID person, UserAccount worker) {
    jdbc.sql(
            """
            insert into support.trusted_individual
              (person_id, user_id, member_id, accepted_at, recorded_by)
            values (:person, :worker, :member, now(), :worker)
            """)
        .param("person", person)
        .param("worker", worker.id())
        .param("member", worker.organisationId())
        .update();
  }
}
