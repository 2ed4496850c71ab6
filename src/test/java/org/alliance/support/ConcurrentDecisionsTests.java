package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two people (or two tabs) doing the same thing to a record at the same moment: the second is told
 * what happened, nothing is done twice, and nobody sees an error page.
 */
@AllianceTest
class ConcurrentDecisionsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private SupportFixture fixture;
  private UserAccount practitioner;
  private UserAccount practitioner2;

  @BeforeEach
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    practitioner = fixture.user("practitioner");
    practitioner2 = fixture.user("practitioner2");
  }

  private static List<HttpResponse<String>> atOnce(
      Supplier<WebSession> session, String path, Map<String, String> form) throws Exception {
    return AtOnce.post(session, path, form);
  }

  private long count(String sql, UUID person) {
    return jdbc.sql(sql).param("p", person).query(Long.class).single();
  }

  @Test
  void requestsForAccessSentAtOnceMakeOneRequest() throws Exception {
    UUID person = fixture.person("Zqrace", "Zqrequest", LocalDate.of(2003, 2, 3), practitioner);
    List<HttpResponse<String>> responses =
        atOnce(
            () -> WebSession.signedIn(port, "practitioner2", "alliance-demo"),
            "/people/" + person + "/access-requests",
            Map.of("reason", "Zq they asked us to help with housing"));

    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(302, 403));
    assertThat(responses.stream().filter(r -> r.statusCode() == 302)).hasSize(1);
    assertThat(responses.stream().filter(r -> r.statusCode() == 403))
        .allSatisfy(r -> assertThat(r.body()).contains("You have already asked for access"));
    assertThat(
            count(
                "select count(*) from support.access_grant where person_id = :p and status = 'requested'",
                person))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from audit.audit_event where person_id = :p and action = 'person.grant.requested'",
                person))
        .as("audited once, as it happened once")
        .isEqualTo(1);
  }

  @Test
  void aRequestDecidedTwiceAtOnceIsDecidedOnce() throws Exception {
    UUID person = fixture.person("Zqrace", "Zqdecide", LocalDate.of(2003, 2, 4), practitioner);
    fixture.consent(
        person, "given", null, new String[0], LocalDate.now().minusDays(1), null, practitioner);
    WebSession asker = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    asker.get("/people/" + person);
    asker.post(
        "/people/" + person + "/access-requests", Map.of("reason", "Zq to plan a joint visit"));
    UUID request =
        jdbc.sql(
                "select id from support.access_grant where person_id = :p and status = 'requested'")
            .param("p", person)
            .query(UUID.class)
            .single();

    LocalDate ends = LocalDate.now().plusDays(30);
    List<HttpResponse<String>> responses =
        atOnce(
            () -> WebSession.signedIn(port, "practitioner", "alliance-demo"),
            "/people/" + person + "/grants/" + request + "/decision",
            Map.of(
                "decision", "approve",
                "endsDay", String.valueOf(ends.getDayOfMonth()),
                "endsMonth", String.valueOf(ends.getMonthValue()),
                "endsYear", String.valueOf(ends.getYear()),
                "note", "Zq agreed with them"));

    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 302, 400, 409));
    assertThat(responses.stream().filter(r -> r.statusCode() == 302)).hasSize(1);
    assertThat(responses.stream().filter(r -> r.statusCode() != 302))
        .allSatisfy(r -> assertThat(r.body()).contains("already").contains("decided"));
    assertThat(
            count(
                "select count(*) from audit.audit_event where person_id = :p and action = 'person.grant.approved'",
                person))
        .isEqualTo(1);
  }

  @Test
  void twoChoicesOfTrustedIndividualAtOnceLeaveOneCurrentLead() throws Exception {
    UUID person = fixture.person("Zqrace", "Zqtrusted", LocalDate.of(2003, 2, 5), practitioner);
    List<HttpResponse<String>> responses =
        atOnce(
            () -> WebSession.signedIn(port, "practitioner", "alliance-demo"),
            "/people/" + person + "/trusted-individual",
            Map.of("username", "practitioner"));

    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 302));
    assertThat(responses.stream().filter(r -> r.statusCode() == 302)).hasSize(1);
    assertThat(responses.stream().filter(r -> r.statusCode() == 200))
        .allSatisfy(r -> assertThat(r.body()).contains("is already their trusted individual"));
    assertThat(
            count(
                "select count(*) from support.trusted_individual where person_id = :p and ended_at is null",
                person))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from support.access_grant where person_id = :p and status = 'active'"
                    + " and user_id is not null and reason = 'Trusted individual'",
                person))
        .as("one grant for the one lead")
        .isEqualTo(1);
  }

  @Test
  void anEpisodeClosedTwiceAtOnceClosesOnce() throws Exception {
    UUID person = fixture.person("Zqrace", "Zqepisode", LocalDate.of(2003, 2, 6), practitioner);
    UUID episode = fixture.openEpisode(person);
    int version =
        jdbc.sql("select version from support.episode where id = :id")
            .param("id", episode)
            .query(Integer.class)
            .single();
    List<HttpResponse<String>> responses =
        atOnce(
            () -> WebSession.signedIn(port, "practitioner", "alliance-demo"),
            "/people/" + person + "/episodes/" + episode + "/close",
            Map.of("reason", "Zq goals met", "version", String.valueOf(version)));

    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 302));
    assertThat(responses.stream().filter(r -> r.statusCode() == 302)).hasSize(1);
    assertThat(responses.stream().filter(r -> r.statusCode() == 200))
        .allSatisfy(
            r ->
                assertThat(r.body())
                    .containsAnyOf("This changed since you opened it", "already closed"));
    assertThat(
            count(
                "select count(*) from audit.audit_event where person_id = :p and action = 'person.episode.closed'",
                person))
        .isEqualTo(1);
  }
}
