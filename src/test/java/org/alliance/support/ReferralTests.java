package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Referrals to directory services and to other members, over HTTP, with their refusals. */
@AllianceTest
class ReferralTests {

  static final String REFUGE_SERVICE = "a2606098-dc53-4149-9a22-04149591cdd7";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired DirectoryIndex index;

  private SupportFixture fixture;
  private UserAccount practitioner;
  private UserAccount practitioner2;

  @BeforeEach
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    practitioner = fixture.user("practitioner");
    practitioner2 = fixture.user("practitioner2");
  }

  /** A directory service of its own, with how to refer, a phone, an email and a web address. */
  static String service(JdbcClient jdbc, DirectoryIndex index, String name) {
    String organization = UUID.randomUUID().toString();
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into directory.organization (id, name, description) values (?, 'Zq Referral Trust', 'Test')")
        .param(organization)
        .update();
    jdbc.sql(
            """
            insert into directory.service (id, organization_id, name, status, application_process,
                                           email, url, assured_date)
            values (?, ?, ?, 'active', 'Phone the duty worker; self-referral welcome',
                    'duty@referral.example.org', 'https://referral.example.org/refer', current_date)""")
        .param(id)
        .param(organization)
        .param(name)
        .update();
    jdbc.sql(
            "insert into directory.phone (id, service_id, number, type) values (?, ?, '01632 960123', 'voice')")
        .param(UUID.randomUUID().toString())
        .param(id)
        .update();
    index.refresh(List.of(id));
    return id;
  }

  static String encode(Map<String, List<String>> fields) {
    return fields.entrySet().stream()
        .flatMap(
            e ->
                e.getValue().stream()
                    .map(
                        v ->
                            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                + "="
                                + URLEncoder.encode(v, StandardCharsets.UTF_8)))
        .collect(Collectors.joining("&"));
  }

  static String location(HttpResponse<String> response) {
    return WebSession.path(response.headers().firstValue("Location").orElseThrow());
  }

  private UUID referralId(String location) {
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private Map<String, String> status(String action, int version, String reason) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("action", action);
    form.put("version", Integer.toString(version));
    if (reason != null) {
      form.put("reason", reason);
    }
    return form;
  }

  @Test
  void aServiceIsFoundReferredToAndFollowedWithItsCurrentDetails() {
    String marker = "Zqsignpost" + UUID.randomUUID().toString().substring(0, 6);
    String serviceId = service(jdbc, index, marker + " Drop-in");
    UUID person = fixture.person("Zqalma", "Zqreferred", LocalDate.of(2007, 5, 6), practitioner);
    WebSession web = WebSession.signedIn(port, "practitioner", "alliance-demo");

    HttpResponse<String> found =
        web.get("/people/" + person + "/referrals/new?words=" + marker + "&postcode=");
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).contains(marker + " Drop-in").contains("Zq Referral Trust");
    assertThat(found.body()).contains("/people/" + person + "/referrals/send?service=" + serviceId);

    HttpResponse<String> form =
        web.get("/people/" + person + "/referrals/send?service=" + serviceId + "&words=" + marker);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("Phone the duty worker; self-referral welcome")
        .contains("01632 960123")
        .contains("duty@referral.example")
        .contains("Directory search for &quot;" + marker + "&quot;");

    HttpResponse<String> sent =
        web.submit(
            form,
            "form[action$='/referrals']",
            Map.of("basis", "consent", "note", "<b>Needs</b> a quiet room"));
    assertThat(sent.statusCode()).isEqualTo(302);
    String referral = location(sent);
    assertThat(referral).startsWith("/people/" + person + "/referrals/");
    HttpResponse<String> page = web.get(referral);
    assertThat(page.body())
        .contains("Referral to " + marker + " Drop-in")
        .contains("&lt;b&gt;Needs&lt;/b&gt; a quiet room")
        .doesNotContain("<b>Needs</b>")
        .contains("Sent</span> by");
    assertThat(web.get("/people/" + person).body())
        .contains("Open referrals")
        .contains(marker + " Drop-in");

    // The referral shows the service as the directory has it now.
    jdbc.sql(
            "update directory.service set name = ?, application_process = 'Use the online form' where id = ?")
        .param(marker + " Renamed Hub")
        .param(serviceId)
        .update();
    assertThat(web.get(referral).body())
        .contains(marker + " Renamed Hub")
        .contains("Use the online form");

    // One waiting referral per person and service: a clear message, nothing saved.
    HttpResponse<String> again =
        web.submit(
            web.get("/people/" + person + "/referrals/send?service=" + serviceId),
            "form[action$='/referrals']",
            Map.of("basis", "consent"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body())
        .contains("There is a problem")
        .contains("There is already a referral to " + marker + " Renamed Hub waiting");
    assertThat(count(person)).isEqualTo(1);

    // The sender records what the service said; a stale version is refused.
    web.get(referral);
    assertThat(web.post(referral + "/status", status("accept", 0, null)).statusCode())
        .isEqualTo(302);
    HttpResponse<String> stale = web.post(referral + "/status", status("start", 0, null));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("This referral changed since you opened it");
    assertThat(web.post(referral + "/status", status("start", 1, null)).statusCode())
        .isEqualTo(302);
    HttpResponse<String> declineNow = web.post(referral + "/status", status("decline", 2, "x"));
    assertThat(declineNow.statusCode()).isEqualTo(409);
    assertThat(web.post(referral + "/status", status("complete", 2, null)).statusCode())
        .isEqualTo(302);
    assertThat(web.get(referral).body())
        .contains("Completed")
        .contains("Accepted")
        .contains("Open Road Young People");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where subject_id = ? and action like 'referral.%'")
                .param(referralId(referral).toString())
                .query(Long.class)
                .single())
        .isEqualTo(4);

    // Once completed, a new referral to the same service may be sent.
    HttpResponse<String> next =
        web.submit(
            web.get("/people/" + person + "/referrals/send?service=" + serviceId),
            "form[action$='/referrals']",
            Map.of("basis", "override", "overrideReason", "They asked us to chase it"));
    assertThat(next.statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "select reason from audit.audit_event where action = 'referral.sent' and subject_id = ?")
                .param(referralId(location(next)).toString())
                .query(String.class)
                .single())
        .contains("They asked us to chase it");
  }

  @Test
  void aMemberReferralLetsTheReceiverSeeOnlyItThenAcceptGivesTheirTeamAGrant() {
    UUID person = fixture.person("Zqbea", "Zqmemberref", LocalDate.of(2006, 1, 2), practitioner);
    jdbc.sql("update support.person set nhs_number = '9434765919' where id = ?")
        .param(person)
        .update();
    WebSession sender = WebSession.signedIn(port, "practitioner", "alliance-demo");
    UUID recovery = practitioner2.organisationId();
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("member", List.of(recovery.toString()));
    fields.put("basis", List.of("consent"));
    fields.put("labels", List.of("mental-health"));
    fields.put("note", List.of("Alcohol use rising; would like support near home"));

    // No consent yet: refused with the reason, nothing saved.
    sender.get("/people/" + person + "/referrals/send?member=" + recovery);
    HttpResponse<String> noConsent =
        sender.postEncoded("/people/" + person + "/referrals", encode(fields));
    assertThat(noConsent.statusCode()).isEqualTo(200);
    assertThat(noConsent.body())
        .contains("Their consent to share does not cover Brackenshire Recovery Partnership");

    // Consent to every member, but only the mental-health part.
    fixture.consent(
        person, "given", null, new String[] {"mental-health"}, LocalDate.now(), null, practitioner);
    fields.put("labels", List.of("mental-health", "safeguarding"));
    HttpResponse<String> tooMuch =
        sender.postEncoded("/people/" + person + "/referrals", encode(fields));
    assertThat(tooMuch.body()).contains("They have not agreed to share every sensitive part");
    fields.put("labels", List.of("mental-health"));
    HttpResponse<String> sent =
        sender.postEncoded("/people/" + person + "/referrals", encode(fields));
    assertThat(sent.statusCode()).isEqualTo(302);
    String referral = location(sent);

    // The receiver: the referral only, before accepting.
    WebSession receiver = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    assertThat(receiver.get("/people/" + person).statusCode()).isEqualTo(403);
    HttpResponse<String> list = receiver.get("/people/referrals");
    assertThat(list.body()).contains("Zqbea Zqmemberref").contains(referral);
    HttpResponse<String> seen = receiver.get(referral);
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(seen.body())
        .contains("Zqbea Zqmemberref")
        .contains("2 January 2006")
        .contains("Alcohol use rising")
        .contains("Accept")
        .doesNotContain("943 476 5919")
        .doesNotContain("BK1 2AB")
        .doesNotContain("Withdraw");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where action = 'referral.read-by-receiver' and person_id = ?")
                .param(person)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // Declining needs a reason; accepting gives their team a specific grant of the shared part.
    HttpResponse<String> noReason = receiver.post(referral + "/status", status("decline", 0, ""));
    assertThat(noReason.body()).contains("Say why the referral is declined");
    assertThat(receiver.post(referral + "/status", status("accept", 0, null)).statusCode())
        .isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "select kind || ':' || array_to_string(labels, ',') from support.access_grant where person_id = ? and member_id = ? and status = 'active'")
                .param(person)
                .param(recovery)
                .query(String.class)
                .single())
        .isEqualTo("specific:mental-health");
    HttpResponse<String> record = receiver.get("/people/" + person);
    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.body()).contains("943 476 5919");

    // The sender sees what happened; the sender withdraws, which ends the grant.
    HttpResponse<String> theirs = sender.get(referral);
    assertThat(theirs.body()).contains("Accepted").contains("Brackenshire Recovery Partnership");
    assertThat(sender.post(referral + "/status", status("withdraw", 1, "Moved away")).statusCode())
        .isEqualTo(302);
    assertThat(receiver.get("/people/" + person).statusCode()).isEqualTo(403);
    assertThat(receiver.get("/people/referrals").body()).doesNotContain(referral);

    // Sent again, accepted, started and completed by the receiver: completion ends the access
    // the referral gave.
    HttpResponse<String> again =
        sender.postEncoded("/people/" + person + "/referrals", encode(fields));
    assertThat(again.statusCode()).isEqualTo(302);
    String second = location(again);
    receiver.get(second);
    assertThat(receiver.post(second + "/status", status("accept", 0, null)).statusCode())
        .isEqualTo(302);
    assertThat(receiver.post(second + "/status", status("start", 1, null)).statusCode())
        .isEqualTo(302);
    assertThat(receiver.get("/people/" + person).statusCode()).isEqualTo(200);
    assertThat(receiver.post(second + "/status", status("complete", 2, null)).statusCode())
        .isEqualTo(302);
    assertThat(receiver.get("/people/" + person).statusCode())
        .as("completion ends the referral's grant")
        .isEqualTo(403);
    assertThat(sender.get(second).body()).contains("Completed");
  }

  @Test
  void refusalsAreMessagesOrNotFoundNeverErrors() {
    String serviceId = service(jdbc, index, "Zqrefusal Service " + UUID.randomUUID());
    UUID person = fixture.person("Zqcat", "Zqrefused", LocalDate.of(2005, 2, 3), practitioner);
    UUID other = fixture.person("Zqdan", "Zqother", LocalDate.of(2005, 2, 3), practitioner);
    WebSession web = WebSession.signedIn(port, "practitioner", "alliance-demo");
    String base = "/people/" + person + "/referrals";

    assertThat(web.get(base + "/send?service=no-such-service").statusCode()).isEqualTo(404);
    assertThat(web.get(base + "/send?member=" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(web.get(base + "/send?member=" + practitioner.organisationId()).statusCode())
        .as("not to your own member")
        .isEqualTo(404);
    assertThat(web.get(base + "/send").statusCode()).isEqualTo(404);
    assertThat(web.get(base + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(web.get(base + "/not-a-uuid").statusCode()).isEqualTo(404);

    HttpResponse<String> bad =
        web.get(base + "/new?words=" + "x".repeat(300) + "&postcode=%3Cscript%3E");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("There is a problem").doesNotContain("<script>");
    HttpResponse<String> unknownPostcode = web.get(base + "/new?words=&postcode=ZZ99+9ZZ");
    assertThat(unknownPostcode.body()).contains("We do not know that postcode");

    web.get(base + "/send?service=" + serviceId);
    Map<String, String> huge = new LinkedHashMap<>();
    huge.put("service", serviceId);
    huge.put("basis", "override");
    huge.put("overrideReason", "");
    huge.put("labels", "not-a-label");
    huge.put("note", "n".repeat(10_000));
    HttpResponse<String> refused = web.post(base, huge);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Say why you are referring without their agreement")
        .contains("Choose the sensitive parts from the list")
        .contains("The note must be 2000 characters or fewer");
    huge.put("basis", "maybe");
    assertThat(web.post(base, huge).body()).contains("Say whether they agreed to this referral");
    assertThat(count(person)).isZero();

    // Another person's referral under this person's address is not found.
    HttpResponse<String> sent =
        web.submit(
            web.get("/people/" + other + "/referrals/send?service=" + serviceId),
            "form[action$='/referrals']",
            Map.of("basis", "consent"));
    UUID theirs = referralId(location(sent));
    assertThat(web.get(base + "/" + theirs).statusCode()).isEqualTo(404);
    web.get("/people/" + other + "/referrals/" + theirs);
    assertThat(web.post(base + "/" + theirs + "/status", status("withdraw", 0, null)).statusCode())
        .isEqualTo(404);
    HttpResponse<String> noAction =
        web.post("/people/" + other + "/referrals/" + theirs + "/status", Map.of("version", "x"));
    assertThat(noAction.statusCode()).isEqualTo(409);
    assertThat(noAction.body()).contains("Choose what has happened to the referral");

    // A worker at a third member learns nothing of it.
    UserAccount third =
        fixture.newUser(Role.PRACTITIONER, fixture.member("Harbour Housing").id(), true);
    WebSession stranger = WebSession.signedIn(port, third.username(), SupportFixture.PASSWORD);
    HttpResponse<String> strangers = stranger.get("/people/" + other + "/referrals/" + theirs);
    assertThat(strangers.statusCode()).as("at most that a record may exist").isIn(302, 404);
    assertThat(strangers.body()).doesNotContain("Zqdan");
    assertThat(stranger.get("/people/referrals").body()).doesNotContain("Zqdan");
  }

  @Test
  void aReferralToTheRefugeNeverShowsItsAddress() {
    UUID person = fixture.person("Zqeve", "Zqrefuge", LocalDate.of(1990, 2, 3), practitioner);
    WebSession web = WebSession.signedIn(port, "practitioner", "alliance-demo");
    String name =
        jdbc.sql("select name from directory.service where id = ?")
            .param(REFUGE_SERVICE)
            .query(String.class)
            .single();
    HttpResponse<String> found =
        web.get(
            "/people/"
                + person
                + "/referrals/new?words="
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
    HttpResponse<String> form =
        web.get("/people/" + person + "/referrals/send?service=" + REFUGE_SERVICE);
    HttpResponse<String> sent =
        web.submit(form, "form[action$='/referrals']", Map.of("basis", "consent"));
    HttpResponse<String> page = web.get(location(sent));
    for (HttpResponse<String> response : List.of(found, form, page)) {
      assertThat(response.body())
          .doesNotContain("Laurel Grove")
          .doesNotContain("BK3 6PN")
          .doesNotContain("52.453561")
          .doesNotContain("Two ground-floor rooms")
          .doesNotContain("REFUGE: a safe house");
    }
    assertThat(page.body()).contains("Referral to " + name.replace("'", "&#39;"));
  }

  private long count(UUID person) {
    return jdbc.sql("select count(*) from support.referral where person_id = ?")
        .param(person)
        .query(Long.class)
        .single();
  }
}
