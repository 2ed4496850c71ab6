package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registering, finding and opening records over HTTP, and the journeys that change access. */
@AllianceTest
class PersonRecordTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private SupportFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
  }

  private static Map<String, String> registration(
      String given, String family, String d, String m, String y) {
    Map<String, String> form = new HashMap<>();
    form.put("givenName", given);
    form.put("familyName", family);
    form.put("dobDay", d);
    form.put("dobMonth", m);
    form.put("dobYear", y);
    form.put("postcode", "bk1 2ab");
    form.put("consent", "given");
    form.put("matchesSeen", "");
    return form;
  }

  @Test
  void registeringShowsLikelyMatchesFirstAndThenRegisters() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", "alliance-demo");
    practitioner.get("/people/new");
    HttpResponse<String> first =
        practitioner.post("/people/new", registration("Zqkatrina", "Zqwhitlow", "3", "4", "2009"));
    assertThat(first.statusCode()).isEqualTo(302);
    String record = WebSession.path(first.headers().firstValue("Location").orElseThrow());
    assertThat(record).matches("/people/[0-9a-f-]{36}");
    assertThat(practitioner.get(record).body()).contains("Zqkatrina Zqwhitlow").contains("BK1 2AB");

    // A second registration with a misspelt name and the day and month swapped.
    practitioner.get("/people/new");
    HttpResponse<String> again =
        practitioner.post("/people/new", registration("Zqcatrina", "Zqwhitlow", "4", "3", "2009"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body())
        .contains("Is this the same person?")
        .contains("Zqkatrina Zqwhitlow")
        .contains("Date of birth with day and month swapped")
        .contains("Same postcode")
        .contains(record);

    // Elsewhere in the alliance, the same match says only that a record may exist.
    WebSession elsewhere = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    elsewhere.get("/people/new");
    Map<String, String> form = registration("Zqkatrina", "Zqwhitlow", "3", "4", "2009");
    form.put("consent", "not-asked");
    HttpResponse<String> theirs = elsewhere.post("/people/new", form);
    // Consent was given to every member, but practitioner2's member has no grant: may exist only.
    assertThat(theirs.body())
        .contains("A record may exist at another member")
        .contains("Ask for access");
    // The name appears once: in the row of what they typed, never in the match's row.
    assertThat(theirs.body().split("Zqkatrina Zqwhitlow", -1)).hasSize(2);
    assertThat(theirs.body()).doesNotContain("Use this record");

    // "None of these" registers a second record.
    Map<String, String> confirmed = registration("Zqcatrina", "Zqwhitlow", "4", "3", "2009");
    confirmed.put("matchesSeen", "yes");
    HttpResponse<String> second = practitioner.post("/people/new", confirmed);
    assertThat(second.statusCode()).isEqualTo(302);
    assertThat(second.headers().firstValue("Location").orElseThrow()).doesNotEndWith(record);
  }

  @Test
  void badRegistrationsComeBackWithMessagesAndNothingIsSaved() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", "alliance-demo");
    long before = jdbc.sql("select count(*) from support.person").query(Long.class).single();
    practitioner.get("/people/new");
    Map<String, String> form = registration("", "Zq\u0000x", "31", "2", "2009");
    form.put("nhsNumber", "1234567890");
    form.put("postcode", "<script>");
    form.put("consent", "maybe");
    HttpResponse<String> page = practitioner.post("/people/new", form);
    assertThat(page.statusCode()).isIn(200, 400);
    if (page.statusCode() == 200) {
      assertThat(page.body())
          .contains("There is a problem")
          .contains("Enter their first name")
          .contains("Date of birth must be a real date")
          .contains("Enter a valid 10-digit NHS number")
          .contains("Enter a real postcode")
          .doesNotContain("<script>");
    }
    form.put("familyName", "Zqfine");
    HttpResponse<String> again = practitioner.post("/people/new", form);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("Enter their first name").contains("&lt;script&gt;");
    assertThat(jdbc.sql("select count(*) from support.person").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void everyReadOfARecordIsAudited() {
    UserAccount a = fixture.user("practitioner");
    UUID person = fixture.person("Zqaudit", "Zqreadson", LocalDate.of(1990, 1, 2), a);
    WebSession practitioner = WebSession.signedIn(port, "practitioner", "alliance-demo");
    for (String route :
        new String[] {
          "/people/" + person, "/people/" + person + "/access", "/people?name=Zqaudit+Zqreadson"
        }) {
      long before = fixture.auditCount(person);
      assertThat(practitioner.get(route).statusCode()).isEqualTo(200);
      assertThat(fixture.auditCount(person)).as(route).isGreaterThan(before);
    }
    String detail =
        jdbc.sql(
                "select detail from audit.audit_event where person_id = :id and action = 'person.read'"
                    + " order by id desc limit 1")
            .param("id", person)
            .query(String.class)
            .single();
    assertThat(detail).contains("under standard grant");
  }

  @Test
  void withoutASecondFactorNobodyReadsARecord() {
    UserAccount plain =
        fixture.newUser(Role.PRACTITIONER, fixture.member("Harbour Housing").id(), false);
    WebSession session = WebSession.signedIn(port, plain.username(), SupportFixture.PASSWORD);
    for (String route : new String[] {"/people", "/people/new", "/people/" + UUID.randomUUID()}) {
      HttpResponse<String> page = session.get(route);
      assertThat(page.statusCode()).as(route).isEqualTo(302);
      assertThat(page.headers().firstValue("Location").orElse(""))
          .endsWith("/people/second-factor");
    }
    assertThat(session.get("/people/second-factor").body())
        .contains("Set up two-factor authentication first");
  }

  @Test
  void askingForAccessThenTheTeamApprovingOpensTheRecord() {
    UserAccount a = fixture.user("practitioner");
    UUID person = fixture.person("Zqasking", "Zqforaccess", LocalDate.of(2007, 6, 1), a);
    WebSession b = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    assertThat(b.get("/people/" + person).statusCode()).isEqualTo(403);
    HttpResponse<String> asked =
        b.post(
            "/people/" + person + "/access-requests",
            Map.of("reason", "Referred to us for housing"));
    assertThat(asked.statusCode()).isEqualTo(302);
    assertThat(b.get("/people/" + person).body()).contains("Your request has been sent");

    WebSession team = WebSession.signedIn(port, "practitioner", "alliance-demo");
    HttpResponse<String> page = team.get("/people/" + person + "/access");
    assertThat(page.body()).contains("Referred to us for housing").contains("Marcus Bell");
    UUID grant =
        jdbc.sql(
                "select id from support.access_grant where person_id = :p and status = 'requested'")
            .param("p", person)
            .query(UUID.class)
            .single();
    LocalDate end = LocalDate.now().plusDays(30);
    Map<String, String> approve = new HashMap<>();
    approve.put("decision", "approve");
    approve.put("endsDay", Integer.toString(end.getDayOfMonth()));
    approve.put("endsMonth", Integer.toString(end.getMonthValue()));
    approve.put("endsYear", Integer.toString(end.getYear()));
    // Without their consent, approval is refused with a reason.
    HttpResponse<String> refused =
        team.post("/people/" + person + "/grants/" + grant + "/decision", approve);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Their consent to share does not cover");
    assertThat(b.get("/people/" + person).statusCode()).isEqualTo(403);

    team.get("/people/" + person + "/access");
    assertThat(
            team.post("/people/" + person + "/consent", Map.of("state", "given", "scope", "every"))
                .statusCode())
        .isEqualTo(302);
    team.get("/people/" + person + "/access");
    assertThat(
            team.post("/people/" + person + "/grants/" + grant + "/decision", approve).statusCode())
        .isEqualTo(302);
    HttpResponse<String> opened = b.get("/people/" + person);
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains("Zqasking Zqforaccess");
    String reason =
        jdbc.sql(
                "select reason from audit.audit_event where person_id = :id and action = 'person.read'"
                    + " and actor_username = 'practitioner2' order by id desc limit 1")
            .param("id", person)
            .query(String.class)
            .single();
    assertThat(reason).isEqualTo("Specific: Referred to us for housing");
  }

  @Test
  void breakingTheGlassOpensTheRecordAndIsShownToTheTeamAndTheLead() {
    UserAccount a = fixture.user("practitioner");
    UUID person = fixture.person("Zqurgent", "Zqglassbreak", LocalDate.of(2001, 2, 3), a);
    WebSession b = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    b.get("/people/" + person + "/break-glass");
    HttpResponse<String> empty =
        b.post("/people/" + person + "/break-glass", Map.of("reason", " "));
    assertThat(empty.body()).contains("Say why you need to see this record now");
    HttpResponse<String> broken =
        b.post(
            "/people/" + person + "/break-glass",
            Map.of("reason", "Found unconscious, <b>A&E</b>"));
    assertThat(broken.statusCode()).isEqualTo(302);
    HttpResponse<String> record = b.get("/people/" + person);
    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.body()).contains("You are seeing this record because you broke the glass");

    WebSession team = WebSession.signedIn(port, "practitioner", "alliance-demo");
    assertThat(team.get("/people/" + person).body())
        .contains("Someone broke the glass on this record")
        .contains("Marcus Bell")
        .contains("&lt;b&gt;A&amp;E&lt;/b&gt;");

    WebSession dpo = WebSession.signedIn(port, "dpo", "alliance-demo");
    HttpResponse<String> review = dpo.get("/data-protection");
    assertThat(review.body())
        .contains("Zqurgent Zqglassbreak")
        .contains("&lt;b&gt;A&amp;E&lt;/b&gt;");
    UUID grant =
        jdbc.sql(
                "select id from support.access_grant where person_id = :p and kind = 'break-glass'")
            .param("p", person)
            .query(UUID.class)
            .single();
    assertThat(
            dpo.post("/data-protection/break-glass/" + grant + "/review", Map.of("note", ""))
                .body())
        .contains("Write what you found");
    assertThat(
            dpo.post(
                    "/data-protection/break-glass/" + grant + "/review",
                    Map.of("note", "Justified"))
                .statusCode())
        .isEqualTo(302);
    assertThat(dpo.get("/data-protection").body()).doesNotContain("Zqglassbreak");
    assertThat(dpo.get("/data-protection/people/" + person).body())
        .contains("person.break-glass")
        .contains("practitioner2");
  }

  @Test
  void anExclusionWinsOverBreakingTheGlass() {
    UserAccount a = fixture.user("practitioner");
    UserAccount b = fixture.user("practitioner2");
    UUID person = fixture.person("Zqrefuses", "Zqthatmember", LocalDate.of(1985, 5, 5), a);
    WebSession team = WebSession.signedIn(port, "practitioner", "alliance-demo");
    team.get("/people/" + person + "/access");
    assertThat(
            team.post(
                    "/people/" + person + "/exclusions",
                    Map.of(
                        "member",
                        b.organisationId().toString(),
                        "username",
                        "",
                        "reason",
                        "Person's wish"))
                .statusCode())
        .isEqualTo(302);
    WebSession other = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    other.get("/people/" + person + "/break-glass");
    HttpResponse<String> tried =
        other.post("/people/" + person + "/break-glass", Map.of("reason", "urgent"));
    assertThat(tried.statusCode()).isEqualTo(404);
    assertThat(other.get("/people/" + person).statusCode()).isEqualTo(404);
  }

  @Test
  void aChangeMadeMeanwhileIsShownBesideWhatWasTypedAndNothingIsLost() {
    UserAccount a = fixture.user("practitioner");
    UUID person = fixture.person("Zqfirst", "Zqversion", LocalDate.of(2006, 7, 8), a);
    WebSession one = WebSession.signedIn(port, "practitioner", "alliance-demo");
    WebSession two = WebSession.signedIn(port, "practitioner", "alliance-demo");
    assertThat(one.get("/people/" + person + "/details").body()).contains("value=\"0\"");
    two.get("/people/" + person + "/details");
    Map<String, String> form = new HashMap<>();
    form.put("givenName", "Zqfirst");
    form.put("familyName", "Zqversion");
    form.put("preferredName", "Firsty");
    form.put("dobDay", "8");
    form.put("dobMonth", "7");
    form.put("dobYear", "2006");
    form.put("version", "0");
    assertThat(one.post("/people/" + person + "/details", form).statusCode()).isEqualTo(302);
    form.put("preferredName", "Second");
    form.put("familyName", "Zqmarried");
    HttpResponse<String> stale = two.post("/people/" + person + "/details", form);
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Someone else changed these details since you opened them")
        .contains("Firsty")
        .contains("value=\"Second\"")
        .contains("name=\"version\" value=\"1\"");
    // Saving again, deliberately, over the other change; the old name is kept as a previous name.
    assertThat(
            two.post(
                    "/people/" + person + "/details",
                    Map.of(
                        "givenName",
                        "Zqfirst",
                        "familyName",
                        "Zqmarried",
                        "preferredName",
                        "Second",
                        "version",
                        "1"))
                .statusCode())
        .isEqualTo(302);
    HttpResponse<String> record = one.get("/people/" + person);
    assertThat(record.body())
        .contains("Zqfirst Zqmarried")
        .contains("Previous names")
        .contains("Zqfirst Zqversion");
    assertThat(one.get("/people?name=Zqfirst+Zqversion").body()).contains("/people/" + person);
  }

  @Test
  void malformedIdsAreNotFound() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", "alliance-demo");
    for (String id : new String[] {"1-2-3-4-5", "not-a-uuid", "%00", "..%2F..%2Fadmin"}) {
      assertThat(practitioner.get("/people/" + id).statusCode()).as(id).isIn(400, 404);
    }
  }
}
