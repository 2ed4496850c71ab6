package org.alliance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** What a copy of the database gives away: no second factors, no fast-to-guess hashes. */
@AllianceTest
class SecretsAtRestTests {

  @LocalServerPort int port;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired JdbcClient jdbc;
  @Autowired TotpCodes totp;

  @org.springframework.beans.factory.annotation.Value("${alliance.data-dir}")
  String dataDir;

  @Test
  void totpSecretsAreStoredEncryptedUnderAKeyFileOnlyItsOwnerReads() throws Exception {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    WebSession browser = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
    String secret = turnOnSecondFactor(browser);

    String stored = column("totp_secret", user);
    assertThat(stored).startsWith("v1:").doesNotContain(secret);
    Path key = Path.of(dataDir, "secret.key");
    assertThat(key).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");

    WebSession next = new WebSession(port);
    next.signIn(user.username(), TestUsers.PASSWORD);
    next.get("/sign-in/second-factor");
    assertThat(
            next.post("/sign-in/second-factor", Map.of("code", totp.currentCode(secret)))
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .hasValue("/");
  }

  @Test
  void aSecretStoredInPlainBeforeStillWorks() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    String secret = totp.newSecret();
    jdbc.sql(
            "update identity.app_user set totp_secret = :secret, totp_enabled = true where id = :id")
        .param("secret", secret)
        .param("id", user.id())
        .update();
    WebSession browser = new WebSession(port);
    browser.signIn(user.username(), TestUsers.PASSWORD);
    browser.get("/sign-in/second-factor");
    assertThat(
            browser
                .post("/sign-in/second-factor", Map.of("code", totp.currentCode(secret)))
                .headers()
                .firstValue("Location")
                .map(WebSession::path))
        .hasValue("/");
  }

  @Test
  void recoveryCodesAreStoredSalted() {
    UserAccount user = TestUsers.create(users, organisations, Role.PRACTITIONER);
    turnOnSecondFactor(WebSession.signedIn(port, user.username(), TestUsers.PASSWORD));
    List<String> hashes =
        jdbc.sql("select code_hash from identity.recovery_code where user_id = :id")
            .param("id", user.id())
            .query(String.class)
            .list();
    assertThat(hashes).hasSize(10).allSatisfy(hash -> assertThat(hash).startsWith("s1:"));
  }

  @Test
  void passwordsAreHashedAtOwaspsArgon2CostAndWeakerHashesUpgradedAtSignIn() {
    UserAccount fresh = TestUsers.create(users, organisations, Role.PRACTITIONER);
    assertThat(column("password_hash", fresh)).startsWith("{argon2}").contains("m=19456,t=2,p=1");

    UserAccount old = TestUsers.create(users, organisations, Role.PRACTITIONER);
    String weaker =
        "{argon2}"
            + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(TestUsers.PASSWORD);
    jdbc.sql("update identity.app_user set password_hash = :hash where id = :id")
        .param("hash", weaker)
        .param("id", old.id())
        .update();
    WebSession.signedIn(port, old.username(), TestUsers.PASSWORD);
    assertThat(column("password_hash", old)).isNotEqualTo(weaker).contains("m=19456,t=2,p=1");
    WebSession.signedIn(port, old.username(), TestUsers.PASSWORD);
  }

  @Test
  void passwordsFromThePublishedCommonListAreRefused() {
    for (String common :
        List.of("1qaz2wsx3edc", "qazwsxedcrfv", "leavemealone", "monkey123456", "sunshine2024!")) {
      assertThat(PasswordRules.problemWith(common, "someone")).as(common).isPresent();
    }
    assertThat(PasswordRules.problemWith("correct horse battery", "someone")).isEmpty();
  }

  private String column(String name, UserAccount user) {
    return jdbc.sql("select " + name + " from identity.app_user where id = :id")
        .param("id", user.id())
        .query(String.class)
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
