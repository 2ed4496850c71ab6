package org.alliance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Setting up a TOTP second factor through the pages, then signing in with it. */
@AllianceTest
class TwoFactorTests {

  @LocalServerPort int port;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired TotpCodes totp;

  @Test
  void setsUpTotpThenNeedsACodeToSignInAndRefusesAReplayedOne() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = new WebSession(port);
    browser.signIn(user.username(), TestUsers.PASSWORD);

    String secret = secretShownOn(browser.get("/account/two-factor").body());
    HttpResponse<String> wrong = browser.post("/account/two-factor", Map.of("code", "000000"));
    assertThat(wrong.body()).contains("There is a problem").contains("The code is not correct");
    HttpResponse<String> enabled =
        browser.post("/account/two-factor", Map.of("code", totp.currentCode(secret)));
    List<String> recoveryCodes = recoveryCodesOn(enabled.body());
    assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
    browser.post("/sign-out", Map.of());

    WebSession next = new WebSession(port);
    HttpResponse<String> password = next.signIn(user.username(), TestUsers.PASSWORD);
    assertThat(password.headers().firstValue("Location").map(WebSession::path))
        .hasValue("/sign-in/second-factor");
    assertThat(next.get("/account").headers().firstValue("Location").map(WebSession::path))
        .as("half signed in is sent back to finish")
        .hasValue("/sign-in/second-factor");
    next.get("/sign-in/second-factor");
    assertThat(next.post("/sign-in/second-factor", Map.of("code", "123456")).body())
        .contains("The code is not correct or has already been used");
    String code = totp.currentCode(secret);
    assertThat(
            next.post("/sign-in/second-factor", Map.of("code", code))
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .hasValue("/");
    assertThat(next.get("/account").body()).contains("On, with 10 unused recovery codes");

    WebSession replay = new WebSession(port);
    replay.signIn(user.username(), TestUsers.PASSWORD);
    replay.get("/sign-in/second-factor");
    assertThat(replay.post("/sign-in/second-factor", Map.of("code", code)).body())
        .as("a code already used cannot be used again")
        .contains("has already been used");

    assertThat(
            replay
                .post("/sign-in/second-factor", Map.of("code", recoveryCodes.get(0)))
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .hasValue("/");
    assertThat(replay.get("/account").body()).contains("On, with 9 unused recovery codes");

    WebSession again = new WebSession(port);
    again.signIn(user.username(), TestUsers.PASSWORD);
    again.get("/sign-in/second-factor");
    assertThat(again.post("/sign-in/second-factor", Map.of("code", recoveryCodes.get(0))).body())
        .as("a recovery code works once")
        .contains("has already been used");
  }

  @Test
  void wrongSecondFactorCodesLockTheAccount() {
    UserAccount user = TestUsers.create(users, organisations, Role.COMMISSIONER);
    WebSession browser = new WebSession(port);
    browser.signIn(user.username(), TestUsers.PASSWORD);
    String secret = secretShownOn(browser.get("/account/two-factor").body());
    browser.post("/account/two-factor", Map.of("code", totp.currentCode(secret)));

    WebSession attacker = new WebSession(port);
    attacker.signIn(user.username(), TestUsers.PASSWORD);
    attacker.get("/sign-in/second-factor");
    // The right password counts as an attempt until the whole sign-in succeeds, so the password
    // and four wrong codes make the five that lock it.
    HttpResponse<String> last = null;
    for (int attempt = 0; attempt < 4; attempt++) {
      last = attacker.post("/sign-in/second-factor", Map.of("code", "99999" + attempt));
    }
    assertThat(last.headers().firstValue("Location").map(WebSession::path))
        .hasValue("/sign-in?error=locked");
    assertThat(users.find(user.id()).orElseThrow().locked()).isTrue();
  }

  private static String secretShownOn(String page) {
    Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page);
    assertThat(secret.find()).as("the set-up page shows the key").isTrue();
    return secret.group(1).replace(" ", "");
  }

  private static List<String> recoveryCodesOn(String page) {
    Matcher codes = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>").matcher(page);
    List<String> found = new ArrayList<>();
    while (codes.find()) {
      found.add(codes.group(1));
    }
    return found;
  }
}
