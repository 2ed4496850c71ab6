package org.alliance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an administrator changes about an account takes effect on that person's open sessions at
 * once, and no session outlives its absolute lifetime.
 */
@AllianceTest
class SessionsFollowTheAccountTests {

  @LocalServerPort int port;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired JdbcClient jdbc;
  @Autowired TotpCodes totp;

  @Test
  void disablingAUserEndsTheirSessions() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
    assertThat(browser.get("/account").statusCode()).isEqualTo(200);

    saveAsAdmin(user, Map.of("enabled", "false"));

    assertSignedOut(browser, user);
  }

  @Test
  void changingAUsersRolesEndsTheirSessions() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);

    saveAsAdmin(user, Map.of("roles", Role.COMMISSIONER.code()));

    assertSignedOut(browser, user);
  }

  @Test
  void movingAUserToAnotherOrganisationEndsTheirSessions() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
    String other =
        organisations.all().stream()
            .filter(o -> !o.id().equals(user.organisationId()))
            .findFirst()
            .orElseThrow()
            .id()
            .toString();

    saveAsAdmin(user, Map.of("organisationId", other));

    assertSignedOut(browser, user);
  }

  @Test
  void changingOnlyTheNameKeepsTheSession() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);

    saveAsAdmin(user, Map.of("displayName", "Renamed " + user.username()));

    assertThat(browser.get("/account").statusCode()).isEqualTo(200);
  }

  @Test
  void anAdministratorsPasswordResetEndsTheirSessions() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);

    WebSession admin = WebSession.signedIn(port, "admin", "alliance-demo");
    admin.get("/admin/users/" + user.id());
    assertThat(
            admin
                .post(
                    "/admin/users/" + user.id() + "/password",
                    Map.of("newPassword", "granite orchard velvet"))
                .statusCode())
        .isEqualTo(302);

    assertSignedOut(browser, user);
  }

  @Test
  void anAdministratorsSecondFactorResetEndsTheirSessions() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
    turnOnSecondFactor(browser);

    WebSession admin = WebSession.signedIn(port, "admin", "alliance-demo");
    admin.get("/admin/users/" + user.id());
    assertThat(admin.post("/admin/users/" + user.id() + "/two-factor/reset", Map.of()).statusCode())
        .isEqualTo(302);

    assertSignedOut(browser, user);
  }

  @Test
  void aSessionEndsAfterItsAbsoluteLifetimeHoweverBusy() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
    assertThat(browser.get("/account").statusCode()).isEqualTo(200);

    // Play the clock forward: the session says its user signed in 13 hours ago.
    int changed =
        jdbc.sql(
                """
                update identity.http_session_attributes a set attribute_bytes = :bytes
                  from identity.http_session s
                 where a.session_primary_id = s.primary_id and s.principal_name = :name
                   and a.attribute_name = :attribute
                """)
            .param(
                "bytes",
                new SerializingConverter().convert(Instant.now().minus(Duration.ofHours(13))))
            .param("name", user.username())
            .param("attribute", SessionLifetime.SIGNED_IN_AT)
            .update();
    assertThat(changed).as("the session holds its sign-in time").isEqualTo(1);

    HttpResponse<String> expired = browser.get("/account");
    assertThat(expired.statusCode()).isEqualTo(302);
    assertThat(expired.headers().firstValue("Location").map(WebSession::path))
        .hasValueSatisfying(location -> assertThat(location).startsWith("/sign-in"));
    assertThat(sessionsOf(user)).isZero();
  }

  @Test
  void aLockedAccountCannotFinishTheSecondFactorStep() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession setUp = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
    String secret = turnOnSecondFactor(setUp);

    WebSession browser = new WebSession(port);
    browser.signIn(user.username(), TestUsers.PASSWORD);
    browser.get("/sign-in/second-factor");
    // Locked by failures elsewhere between the two steps.
    jdbc.sql("update identity.app_user set locked_until = now() + interval '1 hour' where id = :id")
        .param("id", user.id())
        .update();
    HttpResponse<String> refused =
        browser.post("/sign-in/second-factor", Map.of("code", totp.currentCode(secret)));
    assertThat(refused.headers().firstValue("Location").map(WebSession::path))
        .hasValue("/sign-in?error=locked");
    assertThat(browser.get("/account").statusCode()).isEqualTo(302);
  }

  @Test
  void aDisabledAccountCannotFinishTheSecondFactorStep() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession setUp = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
    String secret = turnOnSecondFactor(setUp);

    WebSession browser = new WebSession(port);
    browser.signIn(user.username(), TestUsers.PASSWORD);
    browser.get("/sign-in/second-factor");
    // Disabled straight in the database, as a command or another node would, leaving the session.
    jdbc.sql("update identity.app_user set enabled = false where id = :id")
        .param("id", user.id())
        .update();
    HttpResponse<String> refused =
        browser.post("/sign-in/second-factor", Map.of("code", totp.currentCode(secret)));
    assertThat(refused.headers().firstValue("Location").map(WebSession::path))
        .hasValue("/sign-in?error=invalid");
    assertThat(browser.get("/account").statusCode()).isEqualTo(302);
  }

  private void saveAsAdmin(UserAccount user, Map<String, String> changes) {
    WebSession admin = WebSession.signedIn(port, "admin", "alliance-demo");
    HttpResponse<String> form = admin.get("/admin/users/" + user.id());
    HttpResponse<String> saved = admin.submit(form, "form[action$=" + user.id() + "]", changes);
    assertThat(saved.headers().firstValue("Location").map(WebSession::path))
        .as("saved")
        .hasValue("/admin/users");
  }

  private void assertSignedOut(WebSession browser, UserAccount user) {
    assertThat(sessionsOf(user)).as("no session of the user is left").isZero();
    HttpResponse<String> next = browser.get("/account");
    assertThat(next.statusCode()).isEqualTo(302);
    assertThat(next.headers().firstValue("Location").map(WebSession::path))
        .hasValueSatisfying(location -> assertThat(location).startsWith("/sign-in"));
  }

  private int sessionsOf(UserAccount user) {
    return jdbc.sql("select count(*) from identity.http_session where principal_name = :name")
        .param("name", user.username())
        .query(Integer.class)
        .single();
  }

  private String turnOnSecondFactor(WebSession browser) {
    Matcher shown =
        Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<")
            .matcher(browser.get("/account/two-factor").body());
    assertThat(shown.find()).isTrue();
    String secret = shown.group(1).replace(" ", "");
    browser.post("/account/two-factor", Map.of("code", totp.currentCode(secret)));
    return secret;
  }
}
