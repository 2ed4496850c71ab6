package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.PersonAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan's and the transition's edits sent by several people at the same moment from forms opened
 * at the same version: one change is made, the others are told it changed and shown it as it is
 * now, a plan or a transition plan is made once, and nobody sees an error page.
 */
@AllianceTest
class ConcurrentPlanEditsTests {

  private static final String CHANGED = "This changed since you opened it";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private SupportFixture fixture;
  private UserAccount practitioner;

  @BeforeEach
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    practitioner = fixture.user("practitioner");
  }

  private List<HttpResponse<String>> atOnce(String path, Map<String, String> form)
      throws Exception {
    return AtOnce.post(
        () -> WebSession.signedIn(port, "practitioner", "alliance-demo"), path, form);
  }

  private long count(String sql, UUID id) {
    return jdbc.sql(sql).param("id", id).query(Long.class).single();
  }

  private static long redirects(List<HttpResponse<String>> responses) {
    return responses.stream().filter(r -> r.statusCode() == 302).count();
  }

  @Test
  void aPlanStartedSixTimesAtOnceIsStartedOnceAndItsIntervalChangedOnce() throws Exception {
    UUID person = fixture.person("Zqrace", "Zqplan", LocalDate.of(1991, 1, 1), practitioner);
    List<HttpResponse<String>> responses =
        atOnce("/people/" + person + "/plan/review-interval", Map.of("weeks", "8", "version", "0"));

    assertThat(responses)
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).as(r.body()).isIn(200, 302);
              if (r.statusCode() == 200) {
                assertThat(r.body()).contains(CHANGED).contains("reviews are now every 8 weeks");
              }
            });
    assertThat(redirects(responses)).isEqualTo(1);
    assertThat(count("select count(*) from support.plan where person_id = :id", person))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from support.plan where person_id = :id and version = 1"
                    + " and review_every_days = 56",
                person))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from audit.audit_event where person_id = :id"
                    + " and action = 'person.plan.started'",
                person))
        .isEqualTo(1);
  }

  @Test
  void aGoalChangedSixTimesAtOnceFromOneVersionIsChangedOnce() throws Exception {
    UUID person = fixture.person("Zqrace", "Zqgoal", LocalDate.of(1992, 2, 2), practitioner);
    UUID goal = fixture.goal(person, practitioner, null, "Zq cook a meal for my sister");
    UUID domain =
        jdbc.sql("select domain_id from support.plan_goal where id = :id")
            .param("id", goal)
            .query(UUID.class)
            .single();
    List<HttpResponse<String>> responses =
        atOnce(
            "/people/" + person + "/plan/goals/" + goal,
            Map.of(
                "domain", domain.toString(),
                "words", "Zq cook a Sunday dinner for my family",
                "inWordsOf", "person",
                "status", "working-on",
                "label", "",
                "version", "0"));

    assertThat(responses)
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).as(r.body()).isIn(200, 302);
              if (r.statusCode() == 200) {
                // What they typed is kept beside the goal as it is now.
                assertThat(r.body())
                    .contains(CHANGED)
                    .contains("Zq cook a Sunday dinner for my family");
              }
            });
    assertThat(redirects(responses)).isEqualTo(1);
    assertThat(count("select version from support.plan_goal where id = :id", goal)).isEqualTo(1);
    assertThat(
            count(
                "select count(*) from audit.audit_event where subject_id = cast(:id as text)"
                    + " and action = 'person.plan.goal-changed'",
                goal))
        .isEqualTo(1);
  }

  @Test
  void aStepMarkedDoneSixTimesAtOnceIsMarkedOnce() throws Exception {
    UUID person = fixture.person("Zqrace", "Zqstep", LocalDate.of(1993, 3, 3), practitioner);
    UUID goal = fixture.goal(person, practitioner, null, "Zq get back to the allotment");
    UUID step =
        jdbc.sql(
                """
                insert into support.plan_goal_step (person_id, goal_id, words, added_by)
                values (:person, :goal, 'Zq ask about a half plot', :by) returning id
                """)
            .param("person", person)
            .param("goal", goal)
            .param("by", practitioner.id())
            .query(UUID.class)
            .single();
    List<HttpResponse<String>> responses =
        atOnce("/people/" + person + "/plan/steps/" + step, Map.of("done", "yes", "version", "0"));

    // The step's form answers with the goal's page either way, saying which happened.
    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(302));
    assertThat(count("select version from support.plan_goal_step where id = :id", step))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from audit.audit_event where subject_id = cast(:id as text)"
                    + " and action like 'person.plan.step%'",
                step))
        .isEqualTo(1);
  }

  @Test
  void aTransitionPlanSavedSixTimesAtOnceIsMadeOnce() throws Exception {
    LocalDate today = LocalDate.now(PersonAccess.UK);
    UUID person =
        fixture.person("Zqrace", "Zqmove", today.minusYears(18).plusMonths(3), practitioner);
    String service =
        jdbc.sql("select id from directory.service where status = 'active' order by name limit 1")
            .query(String.class)
            .single();
    LocalDate planned = today.plusMonths(3);
    List<HttpResponse<String>> responses =
        atOnce(
            "/people/" + person + "/transition",
            Map.of(
                "milestone",
                "18",
                "service",
                service,
                "wishes",
                "Zq keep the same worker until I settle",
                "plannedDay",
                String.valueOf(planned.getDayOfMonth()),
                "plannedMonth",
                String.valueOf(planned.getMonthValue()),
                "plannedYear",
                String.valueOf(planned.getYear()),
                "version",
                ""));

    assertThat(responses)
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).as(r.body()).isIn(200, 302);
              if (r.statusCode() == 200) {
                assertThat(r.body()).contains("This plan changed since you opened it");
              }
            });
    assertThat(redirects(responses)).isEqualTo(1);
    assertThat(
            count(
                "select count(*) from support.transition_plan where person_id = :id"
                    + " and milestone = 18",
                person))
        .isEqualTo(1);
  }
}
