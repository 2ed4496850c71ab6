package org.alliance.support.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.audit.AuditActor;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.alliance.support.access.Practitioner;
import org.alliance.support.person.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The plan's rules: progress from 1 to 10 with clear errors, the domain set offered by age, the
 * next review, the time from first contact to first support, concurrent edits refused with both
 * versions shown, and bad input answered with an error summary, never a server error.
 */
@AllianceTest
class PlanTests {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired Goals goals;
  @Autowired Conversation conversation;
  @Autowired Plans plans;
  @Autowired LifeDomains domains;
  @Autowired Reviews reviews;
  @Autowired PlanReviewsDue planReviews;

  private SupportFixture fixture;
  private UserAccount a;
  private Practitioner viewer;

  @BeforeEach
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    a = fixture.user("practitioner");
    viewer =
        new Practitioner(
            a.id(),
            a.username(),
            a.displayName(),
            a.organisationId(),
            "Open Road",
            Practitioner.Kind.CASE_WORKER);
    // The services audit as the signed-in user, as they would inside a request.
    AuditActor actor =
        new AuditActor() {
          public UUID userId() {
            return a.id();
          }

          public String username() {
            return a.username();
          }

          public UUID organisationId() {
            return a.organisationId();
          }

          public String organisationName() {
            return "Open Road";
          }
        };
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(actor, null, "ROLE_practitioner"));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private LocalDate today() {
    return LocalDate.now(UK);
  }

  @Test
  void progressIsFromOneToTenWithClearErrors() {
    UUID person = fixture.person("Zqprogress", "Zqrange", LocalDate.of(1990, 1, 1), a);
    UUID goal = fixture.goal(person, a, null, "Zq keep my flat");
    assertThatThrownBy(() -> goals.rate(viewer, person, goal, 0, InWordsOf.PERSON, null))
        .isInstanceOf(PlanProblem.class)
        .hasMessage(Progress.OUT_OF_RANGE);
    assertThatThrownBy(() -> goals.rate(viewer, person, goal, 11, InWordsOf.PERSON, null))
        .isInstanceOf(PlanProblem.class)
        .hasMessage(Progress.OUT_OF_RANGE);
    for (String typed : List.of("", "seven", "7.5", "NaN", "1e3")) {
      assertThatThrownBy(() -> Progress.parse("score", typed))
          .as(typed)
          .hasMessage(Progress.NOT_A_NUMBER);
    }
    for (String typed : List.of("0", "-1", "11", "99999999999999999999")) {
      assertThatThrownBy(() -> Progress.parse("score", typed))
          .as(typed)
          .hasMessage(Progress.OUT_OF_RANGE);
    }
    assertThat(Progress.parse("score", " 1 ")).isEqualTo(1);
    assertThat(Progress.parse("score", "10")).isEqualTo(10);
    goals.rate(viewer, person, goal, 10, InWordsOf.PERSON, "Zq got there");
    assertThat(
            jdbc.sql("select count(*) from support.plan_goal_rating where goal_id = :g")
                .param("g", goal)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  private static Person bornOn(LocalDate born) {
    return new Person(
        UUID.randomUUID(),
        "Zq",
        "Zq",
        null,
        null,
        born,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  private List<String> setsOffered(LocalDate born) {
    return domains.offeredFor(bornOn(born), today()).stream()
        .map(LifeDomains.DomainGroup::code)
        .toList();
  }

  @Test
  void theDomainSetIsOfferedByAge() {
    assertThat(setsOffered(today().minusYears(15))).containsExactly("young-people");
    assertThat(setsOffered(today().minusYears(18))).containsExactly("young-people", "adults");
    assertThat(setsOffered(today().minusYears(20).minusDays(300)))
        .containsExactly("young-people", "adults");
    assertThat(setsOffered(today().minusYears(21))).containsExactly("adults");
    assertThat(setsOffered(today().minusYears(40))).containsExactly("adults");
    assertThat(setsOffered(null)).containsExactly("young-people", "adults");
    assertThat(
            domains.offeredFor(bornOn(today().minusYears(15)), today()).get(0).domains().stream()
                .map(LifeDomain::name))
        .containsExactly(
            "Be healthy",
            "Stay safe",
            "Enjoy and achieve",
            "Make a positive contribution",
            "Achieve economic well-being");

    UUID young = fixture.person("Zqyoung", "Zqdomains", today().minusYears(15), a);
    UUID adultsHousing =
        jdbc.sql(
                "select id from support.life_domain where set_code = 'adults' and name = 'Housing'")
            .query(UUID.class)
            .single();
    Goals.Aim housing =
        new Goals.Aim(
            adultsHousing, "Zq my own room", InWordsOf.PERSON, GoalStatus.WORKING_ON, null);
    assertThatThrownBy(() -> goals.add(viewer, young, housing, null))
        .isInstanceOf(PlanProblem.class)
        .hasMessageContaining("Choose a life domain");
  }

  @Test
  void theNextReviewFollowsTheLatestOrTheStart() {
    PlanSettings plan = new PlanSettings(UUID.randomUUID(), LocalDate.of(2026, 1, 1), 84, 0);
    assertThat(Plans.nextReview(plan, null)).isEqualTo(LocalDate.of(2026, 3, 26));
    assertThat(Plans.nextReview(plan, LocalDate.of(2026, 2, 1)))
        .isEqualTo(LocalDate.of(2026, 4, 26));

    UUID person = fixture.person("Zqreview", "Zqdue", LocalDate.of(1985, 5, 5), a);
    jdbc.sql(
            "insert into support.trusted_individual (person_id, user_id, member_id, recorded_by)"
                + " values (:p, :u, :m, :u)")
        .param("p", person)
        .param("u", a.id())
        .param("m", a.organisationId())
        .update();
    UUID goal = fixture.goal(person, a, null, "Zq walk the dog every day");
    conversation.add(
        viewer,
        person,
        new Conversation.Said(Stage.DREAM, "Zq a job", InWordsOf.PERSON, null, today(), null));
    jdbc.sql("update support.plan set started_on = current_date - 90 where person_id = :p")
        .param("p", person)
        .update();
    assertThat(planReviews.forTrustedIndividual(a.id(), today(), 500))
        .contains(new PlanReviewsDue.Due(person, today().minusDays(6)));

    reviews.record(
        viewer,
        person,
        new Reviews.Reviewed(
            today(), "Zq walked every day", null, InWordsOf.PERSON, Map.of(goal, 8)));
    assertThat(plans.page(viewer, person).nextReview()).isEqualTo(today().plusDays(84));
    assertThat(planReviews.forTrustedIndividual(a.id(), today().plusDays(7), 500))
        .noneMatch(d -> d.personId().equals(person));
    assertThat(plans.page(viewer, person).goals().get(0).latest().score()).isEqualTo(8);
  }

  @Test
  void timeFromFirstContactToFirstSupport() {
    UUID person = fixture.person("Zqfirst", "Zqsupport", LocalDate.of(2000, 2, 2), a);
    jdbc.sql("update support.person set registered_at = now() - interval '5 days' where id = :p")
        .param("p", person)
        .update();
    assertThat(plans.page(viewer, person).daysToFirstSupport()).isNull();
    conversation.add(
        viewer,
        person,
        new Conversation.Said(
            Stage.DELIVER, "Zq a lift to the GP", InWordsOf.WORKER, null, today(), null));
    assertThat(plans.page(viewer, person).daysToFirstSupport()).isEqualTo(5);
    jdbc.sql(
            """
            insert into support.contact (person_id, member_id, worker_id, mode, happens_at, outcome, recorded_by)
            values (:p, :m, :w, 'phone', now() - interval '8 days', 'attended', :w)
            """)
        .param("p", person)
        .param("m", a.organisationId())
        .param("w", a.id())
        .update();
    PlanPage page = plans.page(viewer, person);
    assertThat(page.daysToFirstSupport()).isEqualTo(8);
    assertThat(page.timeToFirstSupport()).isEqualTo("8 days after their first contact");
  }

  @Test
  void aConcurrentEditIsRefusedAndBothVersionsShown() {
    UUID person = fixture.person("Zqstale", "Zqentry", LocalDate.of(1999, 9, 9), a);
    UUID entry = fixture.planEntry(person, a, null, "Zq good with my hands");
    Conversation.Said mine =
        new Conversation.Said(
            Stage.DISCOVER, "Zq good at fixing bikes", InWordsOf.PERSON, null, today(), null);
    Conversation.Said theirs =
        new Conversation.Said(
            Stage.DISCOVER, "Zq kind to animals", InWordsOf.PERSON, null, today(), null);
    conversation.change(viewer, person, entry, mine, 0);
    assertThatThrownBy(() -> conversation.change(viewer, person, entry, theirs, 0))
        .isInstanceOfSatisfying(
            StaleEdit.class,
            stale ->
                assertThat(((Entry) stale.current()).body()).isEqualTo("Zq good at fixing bikes"));

    // Over HTTP: the second form comes back with the entry as it is now and what was typed.
    WebSession session = WebSession.signedIn(port, "practitioner", "alliance-demo");
    session.get("/people/" + person + "/plan/entries/" + entry);
    HttpResponse<String> stale =
        session.post(
            "/people/" + person + "/plan/entries/" + entry,
            Map.of(
                "stage", "discover",
                "body", "Zq brilliant with <b>animals</b>",
                "inWordsOf", "person",
                "supporter", "",
                "onDay", String.valueOf(today().getDayOfMonth()),
                "onMonth", String.valueOf(today().getMonthValue()),
                "onYear", String.valueOf(today().getYear()),
                "label", "",
                "version", "0"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("This changed since you opened it")
        .contains("As it is now")
        .contains("Zq good at fixing bikes")
        .contains("Zq brilliant with &lt;b&gt;animals&lt;/b&gt;");
    assertThat(
            jdbc.sql("select body from support.plan_entry where id = :id")
                .param("id", entry)
                .query(String.class)
                .single())
        .isEqualTo("Zq good at fixing bikes");
  }

  @Test
  void badInputGetsAnErrorSummaryNeverAServerError() {
    UUID person = fixture.person("Zqbad", "Zqinput", LocalDate.of(1995, 3, 3), a);
    UUID goal = fixture.goal(person, a, null, "Zq sleep better");
    WebSession session = WebSession.signedIn(port, "practitioner", "alliance-demo");
    session.get("/people/" + person + "/plan/goals/" + goal);
    for (String score : List.of("99999999999999999999", "-5", "0", "eleven", "<b>", "")) {
      HttpResponse<String> page =
          session.post(
              "/people/" + person + "/plan/goals/" + goal + "/progress",
              Map.of("score", score, "ratedBy", "person", "note", ""));
      assertThat(page.statusCode()).as(score).isEqualTo(200);
      assertThat(page.body()).contains("There is a problem").contains("from 1");
    }
    session.get("/people/" + person + "/plan/reviews/new");
    HttpResponse<String> review =
        session.post(
            "/people/" + person + "/plan/reviews",
            Map.of(
                "onDay",
                "31",
                "onMonth",
                "2",
                "onYear",
                "2026",
                "wentWell",
                "",
                "changed",
                "",
                "inWordsOf",
                "person",
                "score-" + goal,
                "12"));
    assertThat(review.statusCode()).isEqualTo(200);
    assertThat(review.body())
        .contains("Enter a real date")
        .contains("Say what went well or what changed")
        .contains(Progress.OUT_OF_RANGE);
    assertThat(session.get("/people/" + person + "/plan/goals/not-a-uuid").statusCode())
        .isEqualTo(404);
    assertThat(session.get("/people/" + person + "/plan/goals/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
  }
}
