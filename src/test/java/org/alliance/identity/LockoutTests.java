package org.alliance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins are counted exactly, however they arrive, and never lock a person out for good.
 */
@AllianceTest
class LockoutTests {

  @LocalServerPort int port;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired JdbcClient jdbc;
  @Autowired SignInRecord record;
  @Autowired AllianceUserDetailsService details;

  @Test
  void aBurstOfParallelWrongPasswordsGetsNoMoreGuessesThanTheLimit() throws Exception {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    // Fewer than the connection pool (10): at 16 the burst starves the pool (see ARCHITECTURE).
    int attempts = 8;
    List<WebSession> attackers = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      WebSession attacker = new WebSession(port).from("203.0.113.10");
      attacker.get("/sign-in");
      attackers.add(attacker);
    }
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    try {
      List<Future<HttpResponse<String>>> burst = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        WebSession attacker = attackers.get(i);
        String guess = "wrong guess " + i;
        burst.add(
            pool.submit(
                () ->
                    attacker.post(
                        "/sign-in", Map.of("username", user.username(), "password", guess))));
      }
      for (Future<HttpResponse<String>> response : burst) {
        assertThat(response.get().statusCode()).isEqualTo(302);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(count(user, "sign-in.failed"))
        .as("passwords actually checked")
        .isLessThanOrEqualTo(record.maxFailures());
    assertThat(
            new WebSession(port)
                .from("203.0.113.10")
                .signIn(user.username(), TestUsers.PASSWORD)
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .hasValue("/sign-in?error=locked");
  }

  @Test
  void aRightPasswordWhileLockedLeavesTheLockInPlace() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    jdbc.sql(
            "update identity.app_user set failed_sign_ins = 50, locked_until = now() + interval '1 hour' where id = :id")
        .param("id", user.id())
        .update();
    AllianceUser loaded = details.load(user.username()).orElseThrow();
    // A sign-in whose password was checked before the lock landed, finishing after it.
    record.succeeded(loaded, "password");
    assertThat(users.find(user.id()).orElseThrow().locked()).isTrue();
  }

  @Test
  void failuresFromOneAddressDoNotLockThePersonOutFromAnother() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession attacker = new WebSession(port).from("203.0.113.20");
    for (int attempt = 1; attempt <= record.maxFailures(); attempt++) {
      attacker.signIn(user.username(), "wrong " + attempt);
    }
    assertThat(
            attacker
                .signIn(user.username(), TestUsers.PASSWORD)
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .as("locked for the address that failed")
        .hasValue("/sign-in?error=locked");
    assertThat(
            new WebSession(port)
                .from("198.51.100.30")
                .signIn(user.username(), TestUsers.PASSWORD)
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .as("the real user elsewhere still signs in")
        .hasValue("/");
  }

  @Test
  void reEnteringAWrongCurrentPasswordCountsAndIsAudited() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
    HttpResponse<String> last = null;
    for (int attempt = 1; attempt <= record.maxFailures(); attempt++) {
      browser.get("/account/password");
      last =
          browser.post(
              "/account/password",
              Map.of(
                  "currentPassword",
                  "wrong " + attempt,
                  "newPassword",
                  "granite orchard velvet",
                  "confirmPassword",
                  "granite orchard velvet"));
    }
    assertThat(count(user, "sign-in.failed")).isEqualTo(record.maxFailures());
    assertThat(last.headers().firstValue("Location").map(WebSession::path))
        .as("locked and signed out")
        .hasValue("/sign-in?error=locked");
    assertThat(browser.get("/account").statusCode()).isEqualTo(302);
  }

  @Test
  void aFailedSignInDoesNotKeepWhatWasTypedAsAUserNameUnlessItIsAnAccount() {
    String typed = "MySecretPass" + System.nanoTime();
    new WebSession(port).signIn(typed, "anything at all");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where actor_username = :typed or detail like :like")
                .param("typed", typed)
                .param("like", "%" + typed + "%")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where action = 'sign-in.failed' and actor_username is null")
                .query(Integer.class)
                .single())
        .as("the failure is still audited")
        .isPositive();
  }

  private int count(UserAccount user, String action) {
    return jdbc.sql(
            "select count(*) from audit.audit_event where actor_username = :u and action = :action")
        .param("u", user.username())
        .param("action", action)
        .query(Integer.class)
        .single();
  }
}
