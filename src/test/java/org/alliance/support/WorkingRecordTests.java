package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
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

/**
 * The working record over HTTP: contacts and appointments, the follow-up list, case notes and their
 * corrections, episodes, the trusted individual, concurrent edits and bad input.
 */
@AllianceTest
class WorkingRecordTests {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private SupportFixture fixture;
  private UserAccount a;
  private UserAccount b;

  @BeforeEach
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    a = fixture.user("practitioner");
    b = fixture.user("practitioner2");
  }

  private WebSession signedIn(String username) {
    return WebSession.signedIn(port, username, "alliance-demo");
  }

  private static Map<String, String> contact(LocalDate day, String time, String outcome) {
    Map<String, String> form = new HashMap<>();
    form.put("mode", "face-to-face");
    form.put("whenDay", String.valueOf(day.getDayOfMonth()));
    form.put("whenMonth", String.valueOf(day.getMonthValue()));
    form.put("whenYear", String.valueOf(day.getYear()));
    form.put("time", time);
    if (outcome != null) {
      form.put("outcome", outcome);
    }
    form.put("label", "");
    form.put("summary", "");
    form.put("worker", "");
    return form;
  }

  private UUID latestContact(UUID person) {
    return jdbc.sql(
            "select id from support.contact where person_id = :p order by recorded_at desc limit 1")
        .param("p", person)
        .query(UUID.class)
        .single();
  }

  private List<String> auditActions(UUID person) {
    return jdbc.sql(
            "select action || ' ' || coalesce(detail, '') || ' ' || coalesce(reason, '')"
                + " from audit.audit_event where person_id = :p")
        .param("p", person)
        .query(String.class)
        .list();
  }

  @Test
  void aContactAMissedAppointmentTheFollowUpListAndAStaleOutcome() {
    UUID person = fixture.person("Zqcontact", "Zqmissedone", LocalDate.of(2006, 1, 1), a);
    WebSession practitioner = signedIn("practitioner");
    LocalDate today = LocalDate.now(UK);

    assertThat(practitioner.get("/people/" + person + "/contacts/new").statusCode()).isEqualTo(200);
    Map<String, String> seen = contact(today.minusDays(3), "10:05", "attended");
    seen.put("summary", "Talked about college <b>plans</b>");
    HttpResponse<String> recorded = practitioner.post("/people/" + person + "/contacts", seen);
    assertThat(recorded.statusCode()).isEqualTo(302);
    HttpResponse<String> page = practitioner.follow(recorded);
    assertThat(page.body())
        .contains("The contact is recorded")
        .contains("Talked about college &lt;b&gt;plans&lt;/b&gt;")
        .contains("Attended");
    assertThat(
            jdbc.sql("select last_contact_at is not null from support.person where id = :p")
                .param("p", person)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(auditActions(person))
        .anyMatch(s -> s.startsWith("person.contact.recorded"))
        .noneMatch(s -> s.contains("college"));

    practitioner.get("/people/" + person + "/appointments/new");
    HttpResponse<String> booked =
        practitioner.post(
            "/people/" + person + "/appointments", contact(today.plusDays(3), "2:30pm", null));
    assertThat(booked.statusCode()).isEqualTo(302);
    UUID appointment = latestContact(person);
    assertThat(practitioner.follow(booked).body())
        .contains("The appointment is booked")
        .contains("Appointment booked")
        .contains("No outcome yet");

    // Not attended before its time comes.
    practitioner.get("/people/" + person + "/contacts/" + appointment + "/outcome");
    HttpResponse<String> early =
        practitioner.post(
            "/people/" + person + "/contacts/" + appointment + "/outcome",
            Map.of("outcome", "did-not-attend", "version", "0"));
    assertThat(early.statusCode()).isEqualTo(200);
    assertThat(early.body()).contains("There is a problem").contains("has not happened yet");

    // Time passes: the appointment was yesterday.
    jdbc.sql("update support.contact set happens_at = now() - interval '1 day' where id = :id")
        .param("id", appointment)
        .update();
    practitioner.get("/people/" + person + "/contacts/" + appointment + "/outcome");
    HttpResponse<String> missed =
        practitioner.post(
            "/people/" + person + "/contacts/" + appointment + "/outcome",
            Map.of("outcome", "did-not-attend", "version", "0"));
    assertThat(missed.statusCode()).isEqualTo(302);
    assertThat(practitioner.follow(missed).body()).contains("Did not attend");

    // A second worker's form, opened on version 0, is refused: nothing is lost.
    HttpResponse<String> stale =
        practitioner.post(
            "/people/" + person + "/contacts/" + appointment + "/outcome",
            Map.of("outcome", "cancelled-by-person", "version", "0"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("This changed since you opened it")
        .contains("Outcome now")
        .contains("Did not attend")
        .contains("Your answer")
        .contains("Cancelled by the person");
    assertThat(
            jdbc.sql("select outcome from support.contact where id = :id")
                .param("id", appointment)
                .query(String.class)
                .single())
        .isEqualTo("did-not-attend");

    HttpResponse<String> followUp = practitioner.get("/people/follow-up");
    assertThat(followUp.statusCode()).isEqualTo(200);
    String missedSection =
        followUp
            .body()
            .substring(
                followUp.body().indexOf("id=\"missed\""),
                followUp.body().indexOf("id=\"not-seen\""));
    assertThat(missedSection).contains("Zqcontact Zqmissedone");
    String caseload = practitioner.get("/people").body();
    assertThat(caseload.substring(caseload.indexOf("Zqcontact Zqmissedone")))
        .contains("Missed last appointment");

    // A new appointment booked takes them off the missed list.
    practitioner.get("/people/" + person + "/appointments/new");
    practitioner.post(
        "/people/" + person + "/appointments", contact(today.plusDays(7), "10:00", null));
    String after = practitioner.get("/people/follow-up").body();
    assertThat(after.substring(after.indexOf("id=\"missed\""), after.indexOf("id=\"not-seen\"")))
        .doesNotContain("Zqcontact Zqmissedone");
  }

  @Test
  void badContactInputComesBackWithMessagesNeverAFailure() {
    UUID person = fixture.person("Zqbadinput", "Zqcontacts", LocalDate.of(2004, 4, 4), a);
    WebSession practitioner = signedIn("practitioner");
    practitioner.get("/people/" + person + "/contacts/new");
    Map<String, String> form = contact(LocalDate.now(UK), "25:99", "maybe");
    form.put("whenYear", "99999");
    form.put("mode", "<script>alert(1)</script>");
    form.put("label", "secret");
    form.put("summary", "x".repeat(20_000));
    form.put("worker", "nobody-zq");
    HttpResponse<String> page = practitioner.post("/people/" + person + "/contacts", form);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("There is a problem")
        .contains("Choose how the contact happens")
        .contains("Enter a real date")
        .contains("Enter a real time")
        .contains("Choose what happened")
        .contains("Choose a label from the list")
        .contains("1000 characters or fewer")
        .doesNotContain("<script>alert");

    Map<String, String> future = contact(LocalDate.now(UK).plusDays(2), "10:00", "attended");
    assertThat(practitioner.post("/people/" + person + "/contacts", future).body())
        .contains("A contact must have happened");
    Map<String, String> past = contact(LocalDate.now(UK).minusDays(2), "10:00", null);
    assertThat(practitioner.post("/people/" + person + "/appointments", past).body())
        .contains("An appointment must be in the future");
    Map<String, String> colleague = contact(LocalDate.now(UK), "00:01", "attended");
    colleague.put("worker", "practitioner2");
    assertThat(practitioner.post("/people/" + person + "/contacts", colleague).body())
        .contains("There is no worker at your member with that user name");
    Map<String, String> negative = contact(LocalDate.now(UK), "00:01", "attended");
    negative.put("whenDay", "-3");
    assertThat(practitioner.post("/people/" + person + "/contacts", negative).body())
        .contains("Enter a real date");
    assertThat(
            jdbc.sql("select count(*) from support.contact where person_id = :p")
                .param("p", person)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anotherPersonsContactOrNoteUnderThisPersonsAddressIsNotFound() {
    UUID mine = fixture.person("Zqmine", "Zqaddress", LocalDate.of(2003, 3, 3), a);
    UUID other = fixture.person("Zqother", "Zqaddress", LocalDate.of(2003, 3, 4), a);
    UUID theirContact =
        jdbc.sql(
                """
                insert into support.contact (person_id, member_id, worker_id, mode, happens_at, recorded_by)
                values (:p, :m, :w, 'phone', now() + interval '1 day', :w) returning id
                """)
            .param("p", other)
            .param("m", a.organisationId())
            .param("w", a.id())
            .query(UUID.class)
            .single();
    UUID theirNote =
        jdbc.sql(
                """
                insert into support.case_note (person_id, member_id, author_id, body)
                values (:p, :m, :w, 'Zq theirs') returning id
                """)
            .param("p", other)
            .param("m", a.organisationId())
            .param("w", a.id())
            .query(UUID.class)
            .single();
    WebSession practitioner = signedIn("practitioner");
    assertThat(
            practitioner
                .get("/people/" + mine + "/contacts/" + theirContact + "/outcome")
                .statusCode())
        .isEqualTo(404);
    practitioner.get("/people/" + mine);
    assertThat(
            practitioner
                .post(
                    "/people/" + mine + "/contacts/" + theirContact + "/outcome",
                    Map.of("outcome", "cancelled-by-service", "version", "0"))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            practitioner.get("/people/" + mine + "/notes/new?corrects=" + theirNote).statusCode())
        .isEqualTo(404);
    practitioner.get("/people/" + mine);
    assertThat(
            practitioner
                .post(
                    "/people/" + mine + "/notes",
                    Map.of("body", "Zq wrong", "label", "", "corrects", theirNote.toString()))
                .statusCode())
        .isEqualTo(404);
    assertThat(practitioner.get("/people/" + mine + "/notes/new?corrects=nonsense").statusCode())
        .isEqualTo(404);
    assertThat(
            jdbc.sql("select outcome is null from support.contact where id = :id")
                .param("id", theirContact)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void notesAreWrittenOnceAndCorrectedByANewNote() {
    UUID person = fixture.person("Zqnotes", "Zqcorrected", LocalDate.of(2002, 2, 2), a);
    WebSession practitioner = signedIn("practitioner");
    assertThat(practitioner.get("/people/" + person + "/notes/new").statusCode()).isEqualTo(200);
    HttpResponse<String> written =
        practitioner.post(
            "/people/" + person + "/notes",
            Map.of("label", "", "body", "Zq met at <i>the hub</i>\nSecond line", "corrects", ""));
    assertThat(written.statusCode()).isEqualTo(302);
    String record = practitioner.follow(written).body();
    assertThat(record)
        .contains("Zq met at &lt;i&gt;the hub&lt;/i&gt;")
        .contains("Second line")
        .contains("Correct this note");
    UUID note =
        jdbc.sql("select id from support.case_note where person_id = :p")
            .param("p", person)
            .query(UUID.class)
            .single();
    assertThat(auditActions(person))
        .anyMatch(s -> s.startsWith("person.note.written"))
        .noneMatch(s -> s.contains("the hub"));

    HttpResponse<String> form =
        practitioner.get("/people/" + person + "/notes/new?corrects=" + note);
    assertThat(form.body()).contains("Correct a note").contains("Zq met at &lt;i&gt;the hub");
    HttpResponse<String> corrected =
        practitioner.post(
            "/people/" + person + "/notes",
            Map.of("label", "", "body", "Zq met at the library", "corrects", note.toString()));
    assertThat(corrected.statusCode()).isEqualTo(302);
    String after = practitioner.follow(corrected).body();
    assertThat(after)
        .contains("<del>Zq met at &lt;i&gt;the hub&lt;/i&gt;</del>")
        .contains("Corrected")
        .contains("This corrects an earlier note")
        .contains("Zq met at the library");
    assertThat(
            jdbc.sql("select body from support.case_note where id = :id")
                .param("id", note)
                .query(String.class)
                .single())
        .isEqualTo("Zq met at <i>the hub</i>\nSecond line");

    practitioner.get("/people/" + person);
    HttpResponse<String> again =
        practitioner.post(
            "/people/" + person + "/notes",
            Map.of("label", "", "body", "Zq twice", "corrects", note.toString()));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("already been corrected");

    HttpResponse<String> huge =
        practitioner.post(
            "/people/" + person + "/notes",
            Map.of("label", "", "body", "y".repeat(20_001), "corrects", ""));
    assertThat(huge.statusCode()).isEqualTo(200);
    assertThat(huge.body()).contains("20,000 characters or fewer");
    HttpResponse<String> empty =
        practitioner.post(
            "/people/" + person + "/notes",
            Map.of("label", "mystery", "body", " ", "corrects", ""));
    assertThat(empty.body()).contains("Write the note").contains("Choose a label from the list");
    HttpResponse<String> longest =
        practitioner.post(
            "/people/" + person + "/notes",
            Map.of("label", "safeguarding", "body", "z".repeat(20_000), "corrects", ""));
    assertThat(longest.statusCode()).isEqualTo(302);
  }

  @Test
  void episodesOpenAtAMemberTheConsentCoversAndClosingEndsItsAccess() {
    UUID person = fixture.person("Zqepisode", "Zqcomingback", LocalDate.of(2001, 1, 1), a);
    WebSession practitioner = signedIn("practitioner");
    WebSession second = signedIn("practitioner2");
    String bMember = b.organisationId().toString();

    practitioner.get("/people/" + person + "/episodes/new");
    HttpResponse<String> refused =
        practitioner.post(
            "/people/" + person + "/episodes", Map.of("member", bMember, "reason", "Zq referral"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem")
        .contains("Their consent to share does not cover Brackenshire Recovery Partnership");
    assertThat(second.get("/people/" + person).statusCode()).isEqualTo(403);

    fixture.consent(person, "given", null, new String[0], LocalDate.now(UK), null, a);
    HttpResponse<String> opened =
        practitioner.post(
            "/people/" + person + "/episodes", Map.of("member", bMember, "reason", "Zq referral"));
    assertThat(opened.statusCode()).isEqualTo(302);
    assertThat(second.get("/people/" + person).statusCode()).isEqualTo(200);

    UUID episode =
        jdbc.sql(
                "select id from support.episode where person_id = :p and member_id = :m and closed_on is null")
            .param("p", person)
            .param("m", b.organisationId())
            .query(UUID.class)
            .single();
    HttpResponse<String> again =
        practitioner.post(
            "/people/" + person + "/episodes", Map.of("member", bMember, "reason", "Zq twice"));
    assertThat(again.body()).contains("already have an open episode");

    assertThat(second.get("/people/" + person + "/episodes/" + episode + "/close").body())
        .contains("does not close the person’s record");
    // A form opened on an older version is refused, the reason kept.
    jdbc.sql("update support.episode set version = version + 1 where id = :id")
        .param("id", episode)
        .update();
    HttpResponse<String> stale =
        second.post(
            "/people/" + person + "/episodes/" + episode + "/close",
            Map.of("reason", "Zq goals met", "version", "0"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("This changed since you opened it").contains("Zq goals met");
    HttpResponse<String> closed =
        second.post(
            "/people/" + person + "/episodes/" + episode + "/close",
            Map.of("reason", "Zq goals met", "version", "1"));
    assertThat(closed.statusCode()).isEqualTo(302);
    assertThat(closed.headers().firstValue("Location").orElse("")).endsWith("/people");
    assertThat(second.get("/people/" + person).statusCode())
        .as("closing ends the member's standard grant")
        .isEqualTo(403);
    String record = practitioner.get("/people/" + person).body();
    assertThat(record)
        .contains("Episode of support closed at Brackenshire Recovery Partnership")
        .contains("Zq goals met")
        .contains("Coming back");
    assertThat(auditActions(person))
        .anyMatch(s -> s.startsWith("person.episode.opened"))
        .anyMatch(s -> s.startsWith("person.episode.closed"))
        .anyMatch(s -> s.startsWith("person.grant.revoked"));

    // Coming back: a new episode, every earlier one still in view.
    HttpResponse<String> back =
        practitioner.get("/people/" + person + "/episodes/new?member=" + bMember + "&back=yes");
    assertThat(back.body()).contains("Coming back").contains("Zq goals met");
    assertThat(
            practitioner
                .post(
                    "/people/" + person + "/episodes",
                    Map.of("member", bMember, "reason", "Zq coming back"))
                .statusCode())
        .isEqualTo(302);
    assertThat(second.get("/people/" + person).statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql("select count(*) from support.episode where person_id = :p and member_id = :m")
                .param("p", person)
                .param("m", b.organisationId())
                .query(Long.class)
                .single())
        .isEqualTo(2);

    // The registering member's own episode closes without ending its access.
    UUID own =
        jdbc.sql("select id from support.episode where person_id = :p and member_id = :m")
            .param("p", person)
            .param("m", a.organisationId())
            .query(UUID.class)
            .single();
    practitioner.get("/people/" + person);
    assertThat(
            practitioner
                .post(
                    "/people/" + person + "/episodes/" + own + "/close",
                    Map.of("reason", "Zq moved on", "version", "0"))
                .statusCode())
        .isEqualTo(302);
    assertThat(practitioner.get("/people/" + person).statusCode()).isEqualTo(200);

    HttpResponse<String> bad =
        practitioner.post(
            "/people/" + person + "/episodes",
            Map.of("member", "not-a-member", "reason", "r".repeat(501)));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("Choose a member from the list").contains("500 characters");
  }

  @Test
  void theTrustedIndividualIsChosenAcceptedAndChangedWithHistory() {
    UUID person = fixture.person("Zqtrusted", "Zqlead", LocalDate.of(2008, 8, 8), a);
    WebSession practitioner = signedIn("practitioner");
    WebSession second = signedIn("practitioner2");

    practitioner.get("/people/" + person + "/trusted-individual");
    HttpResponse<String> refused =
        practitioner.post(
            "/people/" + person + "/trusted-individual", Map.of("username", "practitioner2"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Their consent to share does not cover");
    assertThat(
            practitioner
                .post("/people/" + person + "/trusted-individual", Map.of("username", "editor"))
                .body())
        .contains("There is no practitioner with that user name");

    fixture.consent(
        person,
        "given",
        new UUID[] {b.organisationId()},
        new String[0],
        LocalDate.now(UK),
        null,
        a);
    HttpResponse<String> chosen =
        practitioner.post(
            "/people/" + person + "/trusted-individual", Map.of("username", "practitioner2"));
    assertThat(chosen.statusCode()).isEqualTo(302);
    assertThat(practitioner.follow(chosen).body())
        .contains("Marcus Bell")
        .contains("Waiting for Brackenshire Recovery Partnership to accept");

    // The chosen worker can now open the record, and finds it on their follow-up list.
    assertThat(second.get("/people/" + person).statusCode()).isEqualTo(200);
    assertThat(second.get("/people/follow-up").body())
        .contains("Chosen as trusted individual")
        .contains("Zqtrusted Zqlead");
    // Only someone at the chosen member accepts.
    HttpResponse<String> wrongMember =
        practitioner.post("/people/" + person + "/trusted-individual/accept", Map.of());
    assertThat(wrongMember.statusCode()).isEqualTo(200);
    assertThat(wrongMember.body()).contains("Only someone at Brackenshire Recovery Partnership");
    second.get("/people/" + person + "/trusted-individual");
    HttpResponse<String> accepted =
        second.post("/people/" + person + "/trusted-individual/accept", Map.of());
    assertThat(accepted.statusCode()).isEqualTo(302);
    assertThat(second.follow(accepted).body()).contains("Accepted on").contains("by Marcus Bell");

    // A new choice ends the old one (kept as history) and the old one's own grant.
    HttpResponse<String> changed =
        practitioner.post(
            "/people/" + person + "/trusted-individual", Map.of("username", "practitioner"));
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(practitioner.follow(changed).body()).contains("Before").contains("Marcus Bell");
    assertThat(second.get("/people/" + person).statusCode()).isEqualTo(403);
    assertThat(
            jdbc.sql("select count(*) from support.trusted_individual where person_id = :p")
                .param("p", person)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aDormantPersonIsNeverClosedAndTheirTrustedIndividualIsAskedToGetBackInTouch() {
    UUID person = fixture.person("Zqdormant", "Zqquiet", LocalDate.of(1999, 9, 9), a);
    jdbc.sql(
            """
            update support.person set registered_at = now() - interval '200 days',
                   last_contact_at = now() - interval '120 days' where id = :p
            """)
        .param("p", person)
        .update();
    jdbc.sql(
            """
            insert into support.trusted_individual (person_id, user_id, member_id, recorded_by, accepted_at)
            values (:p, :u, :m, :u, now())
            """)
        .param("p", person)
        .param("u", a.id())
        .param("m", a.organisationId())
        .update();
    WebSession practitioner = signedIn("practitioner");
    assertThat(practitioner.get("/people/" + person).body())
        .contains("Dormant: no contact for 90 days")
        .contains("Their record stays open");
    String list = practitioner.get("/people/follow-up?days=100").body();
    assertThat(list.substring(list.indexOf("id=\"re-engage\""))).contains("Zqdormant Zqquiet");
    assertThat(list.substring(list.indexOf("id=\"not-seen\""), list.indexOf("id=\"re-engage\"")))
        .contains("Zqdormant Zqquiet")
        .contains("Not seen in 100 days");
    HttpResponse<String> bad = practitioner.get("/people/follow-up?days=99999999999999");
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("There is a problem");
    assertThat(practitioner.get("/people/follow-up?days=-4").body()).contains("between 1 and 3650");
  }

  @Test
  void aLabelledContactIsShownOnlyWhereTheGrantReachesItsLabel() {
    UUID person = fixture.person("Zqlabelled", "Zqcontact", LocalDate.of(2005, 5, 5), a);
    fixture.consent(
        person, "given", null, new String[] {"mental-health"}, LocalDate.now(UK), null, a);
    fixture.grant(person, "specific", b.organisationId(), b.id(), new String[0], 24, null);
    WebSession practitioner = signedIn("practitioner");
    practitioner.get("/people/" + person + "/contacts/new");
    Map<String, String> form = contact(LocalDate.now(UK), "00:02", "attended");
    form.put("label", "mental-health");
    form.put("summary", "Zq labelled summary");
    assertThat(practitioner.post("/people/" + person + "/contacts", form).statusCode())
        .isEqualTo(302);
    UUID contact = latestContact(person);
    assertThat(practitioner.get("/people/" + person).body()).contains("Zq labelled summary");
    WebSession second = signedIn("practitioner2");
    HttpResponse<String> theirs = second.get("/people/" + person);
    assertThat(theirs.statusCode()).isEqualTo(200);
    assertThat(theirs.body())
        .doesNotContain("Zq labelled summary")
        .doesNotContain(contact.toString());
    assertThat(second.get("/people/" + person + "/contacts/" + contact + "/outcome").statusCode())
        .isEqualTo(404);
    // Nor may they label an entry with what they cannot see.
    second.get("/people/" + person + "/contacts/new");
    assertThat(second.post("/people/" + person + "/contacts", form).body())
        .contains("Choose a label from the list");
    UserAccount harbour =
        fixture.newUser(Role.PRACTITIONER, fixture.member("Harbour Housing").id(), true);
    assertThat(harbour.username()).startsWith("zq-");
  }

  @Test
  void everyPageOfTheWorkingRecordAuditsItsRead() {
    UUID person = fixture.person("Zqaudited", "Zqworkpages", LocalDate.of(1995, 5, 5), a);
    UUID contact =
        jdbc.sql(
                """
                insert into support.contact (person_id, member_id, worker_id, mode, happens_at, outcome, recorded_by)
                values (:p, :m, :w, 'phone', now() - interval '1 day', 'did-not-attend', :w) returning id
                """)
            .param("p", person)
            .param("m", a.organisationId())
            .param("w", a.id())
            .query(UUID.class)
            .single();
    UUID note =
        jdbc.sql(
                """
                insert into support.case_note (person_id, member_id, author_id, body)
                values (:p, :m, :w, 'Zq audited') returning id
                """)
            .param("p", person)
            .param("m", a.organisationId())
            .param("w", a.id())
            .query(UUID.class)
            .single();
    UUID episode =
        jdbc.sql("select id from support.episode where person_id = :p")
            .param("p", person)
            .query(UUID.class)
            .single();
    WebSession practitioner = signedIn("practitioner");
    String base = "/people/" + person;
    for (String route :
        List.of(
            base + "/contacts/new",
            base + "/appointments/new",
            base + "/contacts/" + contact + "/outcome",
            base + "/notes/new",
            base + "/notes/new?corrects=" + note,
            base + "/episodes/new",
            base + "/episodes/" + episode + "/close",
            base + "/trusted-individual",
            "/people/follow-up")) {
      long before = fixture.auditCount(person);
      assertThat(practitioner.get(route).statusCode()).as(route).isEqualTo(200);
      assertThat(fixture.auditCount(person)).as(route).isGreaterThan(before);
    }
  }

  @Test
  void hostileValuesInEveryFieldOfEveryFormNeverFail() {
    UUID person = fixture.person("Zqhostile", "Zqforms", LocalDate.of(1996, 6, 6), a);
    UUID contact =
        jdbc.sql(
                """
                insert into support.contact (person_id, member_id, worker_id, mode, happens_at, recorded_by)
                values (:p, :m, :w, 'phone', now() + interval '1 day', :w) returning id
                """)
            .param("p", person)
            .param("m", a.organisationId())
            .param("w", a.id())
            .query(UUID.class)
            .single();
    UUID episode =
        jdbc.sql("select id from support.episode where person_id = :p")
            .param("p", person)
            .query(UUID.class)
            .single();
    String base = "/people/" + person;
    Map<String, List<String>> forms = new java.util.LinkedHashMap<>();
    List<String> contactFields =
        List.of(
            "mode",
            "whenDay",
            "whenMonth",
            "whenYear",
            "time",
            "outcome",
            "label",
            "summary",
            "worker");
    forms.put(base + "/contacts", contactFields);
    forms.put(base + "/appointments", contactFields);
    forms.put(base + "/contacts/" + contact + "/outcome", List.of("outcome", "version"));
    forms.put(base + "/notes", List.of("label", "body", "corrects"));
    forms.put(base + "/episodes", List.of("member", "reason"));
    forms.put(base + "/episodes/" + episode + "/close", List.of("reason", "version"));
    forms.put(base + "/trusted-individual", List.of("username"));
    List<String> corpus =
        List.of(
            "<script>zq()</script>",
            "-1",
            "99999",
            "99999999999999999999",
            "NaN",
            "x".repeat(25_000),
            "../..",
            "{id}",
            "1e309",
            "\u0000",
            "'; drop table support.contact; --");
    WebSession practitioner = signedIn("practitioner");
    practitioner.get(base);
    for (Map.Entry<String, List<String>> form : forms.entrySet()) {
      for (String field : form.getValue()) {
        for (String value : corpus) {
          Map<String, String> fields = new HashMap<>();
          form.getValue().forEach(f -> fields.put(f, ""));
          fields.put(field, value);
          HttpResponse<String> response = practitioner.post(form.getKey(), fields);
          assertThat(response.statusCode())
              .as(
                  form.getKey()
                      + " "
                      + field
                      + "="
                      + value.substring(0, Math.min(30, value.length())))
              .isLessThan(500);
          assertThat(response.body()).doesNotContain("<script>zq()");
        }
      }
    }
    assertThat(
            jdbc.sql("select outcome is null from support.contact where id = :id")
                .param("id", contact)
                .query(Boolean.class)
                .single())
        .isTrue();
  }
}
