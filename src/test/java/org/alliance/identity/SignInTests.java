package org.alliance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AllianceTest
class SignInTests {

  @LocalServerPort int port;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired JdbcClient jdbc;

  @Test
  void signsInAndOutAndAuditsBoth() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = new WebSession(port);
    HttpResponse<String> signedIn = browser.signIn(user.username(), TestUsers.PASSWORD);
    assertThat(signedIn.headers().firstValue("Location").map(WebSession::path)).hasValue("/");
    assertThat(browser.get("/").body()).contains("Your caseload").contains(user.displayName());

    HttpResponse<String> signedOut = browser.post("/sign-out", Map.of());
    assertThat(signedOut.headers().firstValue("Location").map(WebSession::path))
        .hasValue("/sign-in?signed-out");
    assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    assertThat(actions(user.username())).containsSubsequence("sign-in.succeeded", "sign-out");
  }

  @Test
  void wrongPasswordShowsAnErrorSummaryAndIsAudited() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = new WebSession(port);
    HttpResponse<String> failed = browser.signIn(user.username(), "not the password");
    assertThat(failed.headers().firstValue("Location").map(WebSession::path))
        .hasValue("/sign-in?error=invalid");
    String page = browser.follow(failed).body();
    assertThat(page)
        .contains("govuk-error-summary")
        .contains("Enter a correct user name and password")
        .contains("value=\"" + user.username() + "\"");
    assertThat(actions(user.username())).contains("sign-in.failed");
  }

  @Test
  void emptyFormAsksForEachField() {
    WebSession browser = new WebSession(port);
    String page = browser.follow(browser.signIn("", "")).body();
    assertThat(page).contains("Enter your user name").contains("Enter your password");
  }

  @Test
  void locksAfterRepeatedFailuresEvenAgainstTheRightPasswordUntilAnAdminUnlocks() {
    UserAccount user = TestUsers.create(users, organisations, Role.COMMISSIONER);
    WebSession browser = new WebSession(port);
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(
              browser
                  .signIn(user.username(), "wrong " + attempt)
                  .headers()
                  .firstValue("Location")
                  .map(WebSession::path))
          .hasValue("/sign-in?error=invalid");
    }
    assertThat(
            browser
                .signIn(user.username(), "wrong 5")
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .hasValue("/sign-in?error=locked");
    HttpResponse<String> rightPassword = browser.signIn(user.username(), TestUsers.PASSWORD);
    assertThat(rightPassword.headers().firstValue("Location").map(WebSession::path))
        .hasValue("/sign-in?error=locked");
    assertThat(browser.follow(rightPassword).body())
        .contains("Your account is locked after 5 failed attempts");
    assertThat(actions(user.username())).contains("user.locked", "sign-in.refused");

    WebSession admin = new WebSession(port);
    admin.signIn("admin", "alliance-demo");
    admin.get("/admin/users/" + user.id());
    assertThat(admin.post("/admin/users/" + user.id() + "/unlock", Map.of()).statusCode())
        .isEqualTo(302);

    assertThat(
            browser
                .signIn(user.username(), TestUsers.PASSWORD)
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .hasValue("/");
  }

  @Test
  void refusesAFormPostedWithoutItsCsrfToken() {
    WebSession browser = new WebSession(port);
    browser.signIn("practitioner", "alliance-demo");
    HttpResponse<String> forged =
        browser.postRaw(
            "/account/password",
            Map.of(
                "currentPassword",
                "alliance-demo",
                "newPassword",
                "forged password here",
                "confirmPassword",
                "forged password here"));
    assertThat(forged.statusCode()).isEqualTo(403);
    HttpResponse<String> forgedSignIn =
        new WebSession(port)
            .postRaw("/sign-in", Map.of("username", "admin", "password", "alliance-demo"));
    assertThat(forgedSignIn.statusCode()).isEqualTo(403);
    // The demo password still works: the forged change did nothing.
    assertThat(
            new WebSession(port)
                .signIn("practitioner", "alliance-demo")
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .hasValue("/");
  }

  @Test
  void changesPasswordAndEndsOtherSessions() {
    UserAccount user = TestUsers.create(users, organisations, Role.DIRECTORY_EDITOR);
    WebSession laptop = new WebSession(port);
    WebSession phone = new WebSession(port);
    laptop.signIn(user.username(), TestUsers.PASSWORD);
    phone.signIn(user.username(), TestUsers.PASSWORD);
    laptop.get("/account/password");
    HttpResponse<String> weak =
        laptop.post(
            "/account/password",
            Map.of(
                "currentPassword",
                TestUsers.PASSWORD,
                "newPassword",
                "short",
                "confirmPassword",
                "short"));
    assertThat(weak.body())
        .contains("There is a problem")
        .contains("Password must be 12 characters or more");

    HttpResponse<String> changed =
        laptop.post(
            "/account/password",
            Map.of(
                "currentPassword",
                TestUsers.PASSWORD,
                "newPassword",
                "purple tractor lantern",
                "confirmPassword",
                "purple tractor lantern"));
    assertThat(changed.headers().firstValue("Location").map(WebSession::path)).hasValue("/account");
    assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
    assertThat(phone.get("/account").statusCode()).as("the other session has ended").isEqualTo(302);
    assertThat(
            new WebSession(port)
                .signIn(user.username(), "purple tractor lantern")
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .hasValue("/");
    assertThat(actions(user.username())).contains("password.changed");
  }

  private java.util.List<String> actions(String username) {
    return jdbc.sql("select action from audit.audit_event where actor_username = :u order by id")
        .param("u", username)
        .query(String.class)
        .list();
  }
}
