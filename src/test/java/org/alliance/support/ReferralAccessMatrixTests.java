package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who sees what of a referral: the sender's team everything; the receiving member's practitioners
 * the name, date of birth and note, and the buttons to answer; a worker the person excluded, a
 * third member and every other role nothing of it. Each cell asserts what is shown and what is not.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralAccessMatrixTests {

  static final String NOTE = "Zqmatrixnote: needs evening support";
  static final String OVERRIDE = "Zqmatrixoverride: risk to life tonight";
  static final String NAME = "Zqmatrixjo Zqreferralmatrix";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired DirectoryIndex index;

  private final Map<String, WebSession> sessions = new LinkedHashMap<>();
  private UUID person;
  private String memberReferral;
  private String serviceReferral;
  private UserAccount excluded;
  private UserAccount third;

  /** What a viewer gets of a page. */
  enum Seen {
    /** Everything, with the sender's actions. */
    ALL,
    /** Name, date of birth and note; the receiver's actions; not the sender's reasons. */
    REFERRAL_ONLY,
    /** At most that a record may exist: a redirect to the record. */
    MAY_EXIST,
    NOT_FOUND,
    DENIED,
    SIGN_IN
  }

  @BeforeAll
  void setUp() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    UserAccount sender = fixture.user("practitioner");
    UserAccount receiver = fixture.user("practitioner2");
    person = fixture.person("Zqmatrixjo", "Zqreferralmatrix", LocalDate.of(2008, 7, 9), sender);
    jdbc.sql("update support.person set nhs_number = '4010232137' where id = ?")
        .param(person)
        .update();
    excluded = fixture.newUser(Role.PRACTITIONER, receiver.organisationId(), true);
    fixture.grant(
        person, "excluded", receiver.organisationId(), excluded.id(), new String[0], null, "Ex");
    third = fixture.newUser(Role.PRACTITIONER, fixture.member("Harbour Housing").id(), true);

    WebSession web = session("practitioner");
    web.get("/people/" + person + "/referrals/send?member=" + receiver.organisationId());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("member", receiver.organisationId().toString());
    form.put("basis", "override");
    form.put("overrideReason", OVERRIDE);
    form.put("labels", "safeguarding");
    form.put("note", NOTE);
    memberReferral = ReferralTests.location(web.post("/people/" + person + "/referrals", form));
    String service = ReferralTests.service(jdbc, index, "Zqmatrix Service " + UUID.randomUUID());
    web.get("/people/" + person + "/referrals/send?service=" + service);
    serviceReferral =
        ReferralTests.location(
            web.post(
                "/people/" + person + "/referrals",
                Map.of("service", service, "basis", "consent", "note", NOTE)));
  }

  private WebSession session(String viewer) {
    return sessions.computeIfAbsent(
        viewer,
        v ->
            switch (v) {
              case "anonymous" -> new WebSession(port);
              case "excluded-receiver" ->
                  WebSession.signedIn(port, excluded.username(), SupportFixture.PASSWORD);
              case "third-member" ->
                  WebSession.signedIn(port, third.username(), SupportFixture.PASSWORD);
              default -> WebSession.signedIn(port, v, "alliance-demo");
            });
  }

  private static final List<String> VIEWERS =
      List.of(
          "practitioner",
          "practitioner2",
          "excluded-receiver",
          "third-member",
          "commissioner",
          "editor",
          "admin",
          "dpo",
          "manager",
          "anonymous");

  private static Seen memberReferralSeenBy(String viewer) {
    return switch (viewer) {
      case "practitioner" -> Seen.ALL;
      case "practitioner2" -> Seen.REFERRAL_ONLY;
      case "excluded-receiver" -> Seen.NOT_FOUND;
      case "third-member" -> Seen.MAY_EXIST;
      case "anonymous" -> Seen.SIGN_IN;
      default -> Seen.DENIED;
    };
  }

  private static Seen serviceReferralSeenBy(String viewer) {
    return switch (viewer) {
      case "practitioner" -> Seen.ALL;
      case "practitioner2", "third-member" -> Seen.MAY_EXIST;
      case "excluded-receiver" -> Seen.NOT_FOUND;
      case "anonymous" -> Seen.SIGN_IN;
      default -> Seen.DENIED;
    };
  }

  @TestFactory
  Stream<DynamicTest> theMemberReferralPage() {
    return VIEWERS.stream()
        .map(
            viewer ->
                DynamicTest.dynamicTest(
                    viewer,
                    () ->
                        assertSeen(
                            session(viewer).get(memberReferral), memberReferralSeenBy(viewer))));
  }

  @TestFactory
  Stream<DynamicTest> theServiceReferralPage() {
    return VIEWERS.stream()
        .map(
            viewer ->
                DynamicTest.dynamicTest(
                    viewer,
                    () ->
                        assertSeen(
                            session(viewer).get(serviceReferral), serviceReferralSeenBy(viewer))));
  }

  @TestFactory
  Stream<DynamicTest> referralsToMyMember() {
    return VIEWERS.stream()
        .map(
            viewer ->
                DynamicTest.dynamicTest(
                    viewer,
                    () -> {
                      HttpResponse<String> page = session(viewer).get("/people/referrals");
                      switch (viewer) {
                        case "practitioner2" -> {
                          assertThat(page.statusCode()).isEqualTo(200);
                          assertThat(page.body()).contains(NAME).contains(memberReferral);
                          assertThat(page.body()).doesNotContain(serviceReferral);
                        }
                        case "practitioner", "excluded-receiver", "third-member" -> {
                          assertThat(page.statusCode()).isEqualTo(200);
                          assertThat(page.body()).doesNotContain(NAME);
                        }
                        case "anonymous" -> assertSignIn(page);
                        default -> assertThat(page.statusCode()).isEqualTo(403);
                      }
                      assertThat(page.body()).doesNotContain(OVERRIDE);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> changingTheStatusAsSomeoneElse() {
    return VIEWERS.stream()
        .filter(v -> !v.equals("practitioner") && !v.equals("practitioner2"))
        .map(
            viewer ->
                DynamicTest.dynamicTest(
                    viewer,
                    () -> {
                      WebSession web = session(viewer);
                      web.get("/people");
                      HttpResponse<String> answer =
                          web.post(
                              memberReferral + "/status",
                              Map.of("action", "accept", "version", "0"));
                      assertThat(answer.statusCode()).isIn(302, 403, 404);
                      if (answer.statusCode() == 302) {
                        assertThat(answer.headers().firstValue("Location").orElse(""))
                            .satisfiesAnyOf(
                                l -> assertThat(l).endsWith("/people/" + person),
                                l -> assertThat(l).contains("/sign-in"));
                      }
                      assertThat(status(memberReferral)).isEqualTo("sent");
                    }));
  }

  @Test
  void aReceiverCannotWithdrawAndASenderCannotAcceptAMemberReferral() {
    WebSession receiver = session("practitioner2");
    receiver.get(memberReferral);
    assertThat(
            receiver
                .post(memberReferral + "/status", Map.of("action", "withdraw", "version", "0"))
                .body())
        .contains("You cannot withdraw this referral");
    WebSession sender = session("practitioner");
    sender.get(memberReferral);
    assertThat(
            sender
                .post(memberReferral + "/status", Map.of("action", "accept", "version", "0"))
                .body())
        .contains("You cannot accept this referral");
    assertThat(status(memberReferral)).isEqualTo("sent");
  }

  private String status(String referral) {
    return jdbc.sql("select status from support.referral where id = ?")
        .param(UUID.fromString(referral.substring(referral.lastIndexOf('/') + 1)))
        .query(String.class)
        .single();
  }

  private void assertSeen(HttpResponse<String> page, Seen seen) {
    String body = page.body();
    switch (seen) {
      case ALL -> {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(body).contains(NAME).contains("9 July 2008").contains("Zqmatrixnote");
        assertThat(body).contains("Withdraw the referral");
        if (page.uri().getPath().equals(memberReferral)) {
          assertThat(body).contains("Zqmatrixoverride").contains("Safeguarding");
          assertThat(body).doesNotContain("value=\"accept\"");
        }
      }
      case REFERRAL_ONLY -> {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(body).contains(NAME).contains("9 July 2008").contains("Zqmatrixnote");
        assertThat(body)
            .contains("value=\"accept\"")
            .contains("value=\"decline\"")
            .doesNotContain("Withdraw the referral")
            .doesNotContain("Zqmatrixoverride")
            .doesNotContain("401 023 2137")
            .doesNotContain("BK1 2AB")
            .doesNotContain("Found by");
      }
      case MAY_EXIST -> {
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/people/" + person);
      }
      case NOT_FOUND -> {
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(body).doesNotContain("Zqmatrixjo");
      }
      case DENIED -> {
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(body).doesNotContain("Zqmatrixjo");
      }
      case SIGN_IN -> assertSignIn(page);
    }
    assertThat(body).doesNotContain("Zqmatrixjo Zqreferralmatrix</a>");
  }

  private static void assertSignIn(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).contains("/sign-in");
  }
}
