package org.alliance.support.withhold;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.AtOnce;
import org.alliance.support.SupportFixture;
import org.alliance.support.myplan.MyPlanWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The person's team withholds entries from the person's own view, with a reason, over real HTTP:
 * "My plan" and its JSON leave them out until they are released; only the team may withhold, only
 * the person's own entries that the worker can see, once however many send it at once; all audited
 * with the reason.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithholdTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private SupportFixture fixture;
  private MyPlanWorld world;
  private UserAccount practitioner;
  private UserAccount practitioner2;
  private WebSession team;

  @BeforeAll
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    world = new MyPlanWorld(port);
    practitioner = fixture.user("practitioner");
    practitioner2 = fixture.user("practitioner2");
    team = WebSession.signedIn(port, "practitioner", "alliance-demo");
  }

  @Test
  void theTeamWithholdsAGoalANoteAndAnAppointmentUntilOneIsReleased() {
    UUID person = fixture.person("Zqkept", "Zqwithheld", LocalDate.of(1988, 2, 2), practitioner);
    fixture.goal(person, practitioner, null, "Zq a goal they still see");
    UUID goal = fixture.goal(person, practitioner, null, "Zq a goal withheld for now");
    UUID note = note(person, null, "Zq a note withheld from them");
    UUID appointment = futureAppointment(person);
    WebSession own = world.activate(world.selfCode(team, person, "Zqkept Zqwithheld"));
    assertThat(own.get("/my-plan/plan.json").body())
        .contains("Zq a goal withheld for now")
        .contains(appointment.toString());

    HttpResponse<String> form =
        team.get("/people/" + person + "/withheld/new?kind=goal&entry=" + goal);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("Zq a goal withheld for now")
        .contains("Withhold from their own view</button>");
    withhold(person, "goal", goal, "Zq a safeguarding concern about the goal");
    withhold(person, "note", note, "Zq the note names someone at risk");
    withhold(person, "contact", appointment, "Zq the appointment is at a safe place");

    for (String page : List.of("/my-plan", "/my-plan/plan.json")) {
      String body = own.get(page).body();
      assertThat(body)
          .as(page)
          .contains("Zq a goal they still see")
          .doesNotContain("Zq a goal withheld for now")
          .doesNotContain("Zq a note withheld")
          .doesNotContain(appointment.toString())
          .doesNotContain(note.toString())
          .doesNotContain("Zq a safeguarding concern");
    }
    assertThat(own.get("/my-plan").body()).contains("There are no appointments booked.");

    String list = team.get("/people/" + person + "/withheld").body();
    assertThat(list)
        .contains("Zq a goal withheld for now", "Zq a safeguarding concern about the goal")
        .contains("Zq a note withheld from them", "Zq the note names someone at risk")
        .contains("Face to face, ", "Zq the appointment is at a safe place")
        .contains(practitioner.displayName());
    assertThat(team.get("/people/" + person).body())
        .contains("Withheld from their own view (3)")
        .contains("/people/" + person + "/withheld/new?kind=episode")
        .doesNotContain("/withheld/new?kind=contact")
        .doesNotContain("/withheld/new?kind=note");
    String plan = team.get("/people/" + person + "/plan").body();
    assertThat(plan).contains("Withheld from their own view</strong>");
    assertThat(plan).doesNotContain("kind=goal&amp;entry=" + goal);

    UUID withheldGoal = withheldRow("goal", goal);
    HttpResponse<String> released =
        team.post("/people/" + person + "/withheld/" + withheldGoal + "/release", Map.of());
    assertThat(released.statusCode()).isEqualTo(302);
    assertThat(own.get("/my-plan").body()).contains("Zq a goal withheld for now");
    assertThat(own.get("/my-plan/plan.json").body())
        .contains("Zq a goal withheld for now")
        .doesNotContain(appointment.toString());
    assertThat(team.get("/people/" + person + "/withheld").body()).contains("Shown to them again");
    assertThat(
            jdbc.sql(
                    "select released_by from support.withheld_entry where id = :id"
                        + " and released_at is not null")
                .param("id", withheldGoal)
                .query(UUID.class)
                .single())
        .isEqualTo(practitioner.id());

    assertThat(audited(person, "person.entry-withheld"))
        .containsExactlyInAnyOrder(
            "Zq a safeguarding concern about the goal",
            "Zq the note names someone at risk",
            "Zq the appointment is at a safe place");
    assertThat(audited(person, "person.entry-released")).hasSize(1);

    // Withheld again after release: a new row, the released one kept.
    withhold(person, "goal", goal, "Zq withheld a second time");
    assertThat(rows(person)).isEqualTo(4);
  }

  @Test
  void aWorkerOutsideTheTeamCannotWithholdOrRelease() {
    UUID person = fixture.person("Zqnotteam", "Zqwithheld", LocalDate.of(1990, 1, 1), practitioner);
    fixture.consent(person, "given", null, new String[0], LocalDate.now(), null, practitioner);
    fixture.grant(
        person,
        "specific",
        practitioner2.organisationId(),
        practitioner2.id(),
        new String[0],
        24,
        null);
    UUID goal = fixture.goal(person, practitioner, null, "Zq a goal another member reads");
    UUID withheld = fixture.withheld(person, practitioner);
    WebSession other = WebSession.signedIn(port, "practitioner2", "alliance-demo");

    HttpResponse<String> form =
        other.get("/people/" + person + "/withheld/new?kind=goal&entry=" + goal);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("Only the person's own team can withhold")
        .doesNotContain("Withhold from their own view</button>");
    assertThat(other.get("/people/" + person + "/withheld").body())
        .contains("Zq a withheld goal")
        .doesNotContain("Show it to them again");
    HttpResponse<String> tried =
        other.post(
            "/people/" + person + "/withheld",
            Map.of("kind", "goal", "entry", goal.toString(), "reason", "Zq not theirs to do"));
    assertThat(tried.statusCode()).isEqualTo(403);
    HttpResponse<String> release =
        other.post("/people/" + person + "/withheld/" + withheld + "/release", Map.of());
    assertThat(release.statusCode()).isEqualTo(403);

    UserAccount outsider =
        fixture.newUser(Role.PRACTITIONER, fixture.member("Harbour Housing").id(), true);
    WebSession stranger = WebSession.signedIn(port, outsider.username(), SupportFixture.PASSWORD);
    stranger.get("/people");
    HttpResponse<String> strange =
        stranger.post(
            "/people/" + person + "/withheld",
            Map.of("kind", "goal", "entry", goal.toString(), "reason", "Zq a stranger"));
    assertThat(strange.statusCode()).isIn(302, 403, 404);
    assertThat(strange.body()).doesNotContain("Zq a goal another member reads");

    assertThat(rows(person)).isEqualTo(1);
    assertThat(withheldRowOrNull("goal", goal)).isNull();
    assertThat(audited(person, "person.entry-withheld")).isEmpty();
    assertThat(audited(person, "person.entry-released")).isEmpty();
  }

  @Test
  void anEntryMustBeThisPersonsAndKnown() {
    UUID person = fixture.person("Zqmine", "Zqwithheld", LocalDate.of(1991, 1, 1), practitioner);
    UUID someoneElse =
        fixture.person("Zqtheirs", "Zqwithheld", LocalDate.of(1992, 1, 1), practitioner);
    UUID theirGoal = fixture.goal(someoneElse, practitioner, null, "Zq someone else's goal");
    UUID myGoal = fixture.goal(person, practitioner, null, "Zq my goal");

    HttpResponse<String> page =
        team.get("/people/" + person + "/withheld/new?kind=goal&entry=" + theirGoal);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Zq someone else's goal");
    for (Map<String, String> form :
        List.of(
            Map.of("kind", "goal", "entry", theirGoal.toString(), "reason", "Zq wrong person"),
            Map.of("kind", "note", "entry", myGoal.toString(), "reason", "Zq wrong kind"),
            Map.of("kind", "nonsense", "entry", myGoal.toString(), "reason", "Zq no kind"),
            Map.of("kind", "goal", "entry", UUID.randomUUID().toString(), "reason", "Zq none"),
            Map.of("kind", "goal", "entry", "../" + myGoal, "reason", "Zq not an id"))) {
      HttpResponse<String> refused = team.post("/people/" + person + "/withheld", form);
      assertThat(refused.statusCode()).as(form.toString()).isEqualTo(404);
    }
    HttpResponse<String> noReason =
        team.post(
            "/people/" + person + "/withheld",
            Map.of("kind", "goal", "entry", myGoal.toString(), "reason", "  "));
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body())
        .contains("There is a problem")
        .contains("Say why it is withheld from their own view");
    HttpResponse<String> tooLong =
        team.post(
            "/people/" + person + "/withheld",
            Map.of("kind", "goal", "entry", myGoal.toString(), "reason", "x".repeat(1001)));
    assertThat(tooLong.body()).contains("The reason must be 1000 characters or fewer");
    HttpResponse<String> otherRelease =
        team.post(
            "/people/"
                + person
                + "/withheld/"
                + fixture.withheld(someoneElse, practitioner)
                + "/release",
            Map.of());
    assertThat(otherRelease.statusCode()).isEqualTo(404);

    assertThat(rows(person)).isZero();
    assertThat(rows(someoneElse)).isEqualTo(1);
    assertThat(withheldRowOrNull("goal", theirGoal)).isNull();
    assertThat(audited(person, "person.entry-withheld")).isEmpty();
    assertThat(audited(someoneElse, "person.entry-released")).isEmpty();
  }

  @Test
  void aLabelledEntryOutOfTheWorkersReachIsNeitherWithheldByThemNorShown() {
    UUID person = fixture.person("Zqlabel", "Zqwithheld", LocalDate.of(1993, 1, 1), practitioner);
    fixture.consent(person, "given", null, new String[0], LocalDate.now(), null, practitioner);
    // practitioner2's member is in the person's team too, but its grant names no label.
    fixture.grant(
        person, "standard", practitioner2.organisationId(), null, new String[0], null, null);
    UUID labelled = fixture.goal(person, practitioner, "safeguarding", "Zq a labelled goal");
    UUID labelledNote = note(person, "mental-health", "Zq a labelled note");
    WebSession other = WebSession.signedIn(port, "practitioner2", "alliance-demo");

    HttpResponse<String> page =
        other.get("/people/" + person + "/withheld/new?kind=goal&entry=" + labelled);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Zq a labelled goal");
    HttpResponse<String> tried =
        other.post(
            "/people/" + person + "/withheld",
            Map.of("kind", "note", "entry", labelledNote.toString(), "reason", "Zq out of reach"));
    assertThat(tried.statusCode()).isEqualTo(404);
    assertThat(rows(person)).isZero();

    withhold(person, "goal", labelled, "Zq withheld by the registering team");
    String list = other.get("/people/" + person + "/withheld").body();
    assertThat(list)
        .contains("An entry with a label you cannot see")
        .contains("Zq withheld by the registering team")
        .doesNotContain("Zq a labelled goal");
    assertThat(team.get("/people/" + person + "/withheld").body()).contains("Zq a labelled goal");
  }

  @Test
  void anEntryOnARecordMergedIntoThePersonCanBeWithheld() {
    UUID survivor =
        fixture.person("Zqsurvivor", "Zqwithheld", LocalDate.of(1994, 1, 1), practitioner);
    fixture.mergedInto(survivor, practitioner);
    UUID half =
        jdbc.sql("select id from support.person where merged_into = :s")
            .param("s", survivor)
            .query(UUID.class)
            .single();
    UUID goal = fixture.goal(half, practitioner, null, "Zq a goal on the merged record");
    withhold(survivor, "goal", goal, "Zq withheld across the merge");
    assertThat(team.get("/people/" + survivor + "/withheld").body())
        .contains("Zq a goal on the merged record");
    assertThat(rows(half)).isEqualTo(1);
  }

  @Test
  void twoWithholdingAtOnceMakeOneRow() throws Exception {
    UUID person = fixture.person("Zqatonce", "Zqwithheld", LocalDate.of(1995, 1, 1), practitioner);
    UUID goal = fixture.goal(person, practitioner, null, "Zq withheld by two at once");
    List<HttpResponse<String>> responses =
        AtOnce.post(
            () -> WebSession.signedIn(port, "practitioner", "alliance-demo"),
            "/people/" + person + "/withheld",
            Map.of("kind", "goal", "entry", goal.toString(), "reason", "Zq at once"));
    assertThat(responses).filteredOn(r -> r.statusCode() == 302).hasSize(1);
    assertThat(responses)
        .filteredOn(r -> r.statusCode() == 200)
        .hasSize(AtOnce.SESSIONS - 1)
        .allSatisfy(
            r ->
                assertThat(r.body())
                    .contains("This entry is already withheld from their own view"));
    assertThat(rows(person)).isEqualTo(1);
    assertThat(audited(person, "person.entry-withheld")).containsExactly("Zq at once");
  }

  private void withhold(UUID person, String kind, UUID entry, String reason) {
    HttpResponse<String> done =
        team.post(
            "/people/" + person + "/withheld",
            Map.of("kind", kind, "entry", entry.toString(), "reason", reason));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
    assertThat(WebSession.path(done.headers().firstValue("Location").orElseThrow()))
        .isEqualTo("/people/" + person + "/withheld");
  }

  private UUID note(UUID person, String label, String body) {
    return jdbc.sql(
            """
            insert into support.case_note (person_id, member_id, author_id, label, body)
            values (:person, :member, :author, :label, :body) returning id
            """)
        .param("person", person)
        .param("member", practitioner.organisationId())
        .param("author", practitioner.id())
        .param("label", label)
        .param("body", body)
        .query(UUID.class)
        .single();
  }

  private UUID futureAppointment(UUID person) {
    return jdbc.sql(
            """
            insert into support.contact (person_id, member_id, worker_id, mode, happens_at, recorded_by)
            values (:person, :member, :worker, 'face-to-face', now() + interval '3 days', :worker)
            returning id
            """)
        .param("person", person)
        .param("member", practitioner.organisationId())
        .param("worker", practitioner.id())
        .query(UUID.class)
        .single();
  }

  private long rows(UUID person) {
    return jdbc.sql("select count(*) from support.withheld_entry where person_id = :p")
        .param("p", person)
        .query(Long.class)
        .single();
  }

  private UUID withheldRow(String kind, UUID entry) {
    UUID id = withheldRowOrNull(kind, entry);
    assertThat(id).as(kind + " " + entry + " withheld").isNotNull();
    return id;
  }

  private UUID withheldRowOrNull(String kind, UUID entry) {
    return jdbc.sql(
            "select id from support.withheld_entry where entry_kind = :k and entry_id = :e"
                + " and released_at is null")
        .param("k", kind)
        .param("e", entry)
        .query(UUID.class)
        .optional()
        .orElse(null);
  }

  /** The reasons of the person's audit entries with this action (empty strings for none). */
  private List<String> audited(UUID person, String action) {
    return jdbc.sql(
            "select coalesce(reason, '') from audit.audit_event where person_id = :p"
                + " and action = :a order by id")
        .param("p", person)
        .param("a", action)
        .query(String.class)
        .list();
  }
}
