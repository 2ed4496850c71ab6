package org.alliance.support.transition;

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
import org.alliance.support.access.PersonAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transition plan over real HTTP: a receiving service from the directory, the person's words, a
 * planned day, a change made meanwhile shown beside the form, the move recorded; and the trusted
 * individual's reminder on the follow-up list.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransitionPlanTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private SupportFixture fixture;
  private UserAccount practitioner;
  private WebSession session;

  @BeforeAll
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    practitioner = fixture.user("practitioner");
    session = WebSession.signedIn(port, "practitioner", "alliance-demo");
  }

  private String anyService() {
    return jdbc.sql(
            "select id from directory.service where status = 'active' order by name limit 1")
        .query(String.class)
        .single();
  }

  @Test
  void planTheMoveChangeItMeanwhileAndRecordIt() {
    LocalDate today = LocalDate.now(PersonAccess.UK);
    UUID person =
        fixture.person("Zqmove", "Zqeighteen", today.minusYears(18).plusMonths(2), practitioner);
    String service = anyService();
    HttpResponse<String> page =
        session.get("/people/" + person + "/transition?milestone=18&service=" + service);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Plan the move at 18").contains("Chosen:");
    LocalDate planned = today.plusMonths(2);
    HttpResponse<String> saved =
        session.submit(
            page,
            "form[action$=/transition][method=post]",
            Map.of(
                "wishes", "Zq I want to keep seeing someone I trust",
                "plannedDay", String.valueOf(planned.getDayOfMonth()),
                "plannedMonth", String.valueOf(planned.getMonthValue()),
                "plannedYear", String.valueOf(planned.getYear())));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    HttpResponse<String> opened = session.get("/people/" + person + "/transition?milestone=18");
    assertThat(opened.body()).contains("Zq I want to keep seeing someone I trust");

    // Someone else changes the plan meanwhile: saving the older form shows both, loses nothing.
    jdbc.sql(
            "update support.transition_plan set wishes = 'Zq changed meanwhile', version = version + 1"
                + " where person_id = :p")
        .param("p", person)
        .update();
    HttpResponse<String> stale =
        session.submit(
            opened, "form[action$=/transition][method=post]", Map.of("wishes", "Zq my words"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("This plan changed since you opened it")
        .contains("Zq changed meanwhile")
        .contains("Zq my words");
    HttpResponse<String> again =
        session.submit(stale, "form[action$=/transition][method=post]", Map.of());
    assertThat(again.statusCode()).isEqualTo(302);

    HttpResponse<String> recorded =
        session.submit(
            session.get("/people/" + person + "/transition?milestone=18"),
            "form[action$=/happened]",
            Map.of(
                "how", "unplanned",
                "happenedDay", String.valueOf(today.getDayOfMonth()),
                "happenedMonth", String.valueOf(today.getMonthValue()),
                "happenedYear", String.valueOf(today.getYear())));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
    assertThat(session.get("/people/" + person).body())
        .contains("The move at 18")
        .contains("unplanned")
        .contains("Zq my words".isEmpty() ? "" : "planned for");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where person_id = :p and action like 'person.transition.%'")
                .param("p", person)
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void badDatesAndAServiceNotInTheDirectoryAreErrorsNotFailures() {
    UUID person = fixture.person("Zqmove", "Zqbaddates", LocalDate.of(2010, 1, 1), practitioner);
    HttpResponse<String> page = session.get("/people/" + person + "/transition");
    HttpResponse<String> bad =
        session.submit(
            page,
            "form[action$=/transition][method=post]",
            Map.of(
                "plannedDay",
                "31",
                "plannedMonth",
                "2",
                "plannedYear",
                "2027",
                "service",
                "zq-no-such"));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("Enter a real planned date");
    HttpResponse<String> unknown =
        session.submit(
            page, "form[action$=/transition][method=post]", Map.of("service", "zq-no-such"));
    assertThat(unknown.body()).contains("Choose the receiving service from the directory search");
  }

  @Test
  void theTrustedIndividualIsRemindedBeforeEighteenButNotAfterTheMoveIsRecorded() {
    LocalDate today = LocalDate.now(PersonAccess.UK);
    UserAccount me =
        fixture.newUser(
            org.alliance.identity.Role.PRACTITIONER, practitioner.organisationId(), true);
    UUID soon =
        fixture.person("Zqremind", "Zqsoon", today.minusYears(18).plusMonths(2), practitioner);
    UUID later =
        fixture.person("Zqremind", "Zqlater", today.minusYears(18).plusMonths(8), practitioner);
    UUID moved =
        fixture.person("Zqremind", "Zqmoved", today.minusYears(18).plusMonths(1), practitioner);
    for (UUID person : new UUID[] {soon, later, moved}) {
      jdbc.sql(
              "insert into support.trusted_individual (person_id, user_id, member_id, recorded_by)"
                  + " values (:p, :u, :m, :u)")
          .param("p", person)
          .param("u", me.id())
          .param("m", me.organisationId())
          .update();
    }
    jdbc.sql(
            """
            insert into support.transition_plan (person_id, milestone, member_id, recorded_by, changed_by,
                                                 happened_on, happened_as)
            values (:p, 18, :m, :u, :u, current_date, 'planned')
            """)
        .param("p", moved)
        .param("m", me.organisationId())
        .param("u", me.id())
        .update();
    String list =
        WebSession.signedIn(port, me.username(), SupportFixture.PASSWORD)
            .get("/people/follow-up")
            .body();
    int from = list.indexOf("id=\"turning\"");
    String turning = list.substring(from, list.indexOf("</ul>", from));
    assertThat(turning)
        .contains("Zqremind Zqsoon")
        .contains("turns 18 on")
        .contains("under three months to go")
        .doesNotContain("Zqlater")
        .doesNotContain("Zqmoved");
  }
}
