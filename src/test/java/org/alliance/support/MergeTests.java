package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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

/** Merging two records of one person and undoing it, over HTTP, with the refusals. */
@AllianceTest
class MergeTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private SupportFixture fixture;
  private UserAccount practitioner;
  private UserAccount practitioner2;

  @BeforeEach
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    practitioner = fixture.user("practitioner");
    practitioner2 = fixture.user("practitioner2");
  }

  private HttpResponse<String> merge(WebSession web, UUID survivor, String other, String reason) {
    web.get("/people/" + survivor + "/merge");
    return web.post("/people/" + survivor + "/merge", Map.of("otherId", other, "reason", reason));
  }

  private UUID mergeId(UUID merged) {
    return jdbc.sql("select id from support.person_merge where merged_id = ? and undone_at is null")
        .param(merged)
        .query(UUID.class)
        .single();
  }

  private UUID mergedInto(UUID person) {
    return jdbc.sql("select merged_into from support.person where id = ?")
        .param(person)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .list()
        .get(0);
  }

  @Test
  void twoRecordsMergeWithEverythingKeptAndTheMergeIsUndone() {
    String family = "Zqmerge" + UUID.randomUUID().toString().substring(0, 5);
    UUID survivor = fixture.person("Zqfern", family, LocalDate.of(2004, 3, 4), practitioner);
    UUID other = fixture.person("Zqferne", family, LocalDate.of(2004, 3, 4), practitioner);
    jdbc.sql("update support.person set nhs_number = '9434765919' where id = ?")
        .param(other)
        .update();
    jdbc.sql(
            "insert into support.person_name (person_id, given_name, family_name, kind) values (?, 'Zqfernie', 'Zqoldname', 'previous')")
        .param(other)
        .update();
    jdbc.sql(
            "insert into support.member_reference (person_id, member_id, reference) values (?, ?, 'ZQ-OLD-77')")
        .param(other)
        .param(practitioner.organisationId())
        .update();
    WebSession web = WebSession.signedIn(port, "practitioner", "alliance-demo");

    HttpResponse<String> page = web.get("/people/" + survivor + "/merge");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Zqferne " + family).contains("value=\"" + other + "\"");

    HttpResponse<String> merged =
        web.submit(
            page,
            "form[action$='/merge']",
            Map.of("other", other.toString(), "reason", "Same NHS number and birthday"));
    assertThat(merged.statusCode()).isEqualTo(302);
    assertThat(mergedInto(other)).isEqualTo(survivor);

    HttpResponse<String> old = web.get("/people/" + other);
    assertThat(old.statusCode()).isEqualTo(302);
    assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/people/" + survivor);
    String record = web.get("/people/" + survivor).body();
    assertThat(record)
        .contains("Merged: Zqferne " + family)
        .contains("943 476 5919")
        .contains("Zqfernie Zqoldname")
        .contains("ZQ-OLD-77")
        .contains("Same NHS number and birthday");
    assertThat(web.get("/people?name=Zqferne+" + family).body())
        .as("one person, one row: the survivor, not the half as well")
        .contains("/people/" + survivor + "\"")
        .doesNotContain("/people/" + other + "\"");
    assertThat(web.get("/people?name=Zqfernie+Zqoldname").body())
        .as("found by the merged half's previous name")
        .contains("/people/" + survivor + "\"")
        .doesNotContain("/people/" + other + "\"");
    assertThat(web.get("/people?identifier=ZQ-OLD-77").body())
        .as("found by the merged half's reference")
        .contains("/people/" + survivor + "\"");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where action = 'person.merged' and person_id in (?, ?)")
                .param(survivor)
                .param(other)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    // Nothing of the other record was rewritten.
    assertThat(
            jdbc.sql("select count(*) from support.person_name where person_id = ?")
                .param(other)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    String undo = "/people/" + survivor + "/merges/" + mergeId(other) + "/undo";
    HttpResponse<String> undoPage = web.get(undo);
    assertThat(undoPage.statusCode()).isEqualTo(200);
    HttpResponse<String> noReason = web.post(undo, Map.of("reason", " "));
    assertThat(noReason.body())
        .contains("There is a problem")
        .contains("Say why these are not the same person");
    HttpResponse<String> undone = web.post(undo, Map.of("reason", "Twins, not one person"));
    assertThat(undone.statusCode()).isEqualTo(302);
    assertThat(mergedInto(other)).isNull();
    assertThat(web.get("/people/" + other).statusCode()).isEqualTo(200);
    assertThat(web.get("/people/" + survivor).body()).doesNotContain("Merged: Zqferne");
    assertThat(web.get(undo).statusCode()).as("a merge undone is gone").isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where action = 'person.unmerged' and reason = 'Twins, not one person'")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aMergedHalfsNameFindsTheSurvivorOnlyForSomeoneWhoCouldOpenTheHalf() {
    String family = "Zqsurv" + UUID.randomUUID().toString().substring(0, 5);
    UUID survivor = fixture.person("Zqalma", family, LocalDate.of(1990, 6, 7), practitioner);
    UUID merge = fixture.mergedInto(survivor, practitioner);
    UUID half =
        jdbc.sql("select merged_id from support.person_merge where id = ?")
            .param(merge)
            .query(UUID.class)
            .single();
    String halfFamily = "Zqwyndham" + UUID.randomUUID().toString().substring(0, 5);
    jdbc.sql("update support.person set given_name = 'Zqelspeth', family_name = ? where id = ?")
        .param(halfFamily)
        .param(half)
        .update();
    // Practitioner2's member may open the survivor (consent and a specific grant) but not the half.
    UUID otherMember = practitioner2.organisationId();
    fixture.consent(
        survivor,
        "given",
        new UUID[] {otherMember},
        new String[0],
        LocalDate.now().minusDays(1),
        null,
        practitioner);
    fixture.grant(survivor, "specific", otherMember, null, new String[0], 24, null);
    String byHalfsName = "/people?name=Zqelspeth+" + halfFamily;

    WebSession own = WebSession.signedIn(port, "practitioner", "alliance-demo");
    assertThat(own.get(byHalfsName).body())
        .contains("/people/" + survivor + "\"")
        .doesNotContain("/people/" + half + "\"");
    WebSession other = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    assertThat(other.get("/people/" + survivor).statusCode()).isEqualTo(200);
    assertThat(other.get(byHalfsName).body())
        .as("the half's name is not linked to the survivor for someone who could not open the half")
        .doesNotContain("/people/" + survivor + "\"")
        .doesNotContain("/people/" + half + "\"")
        .contains("0 people found");
  }

  /** A survivor and a merged half, both at practitioner's member. */
  private record Merged(UUID survivor, UUID half) {}

  /**
   * Two records of one person merged at practitioner's member; practitioner2's member may open the
   * survivor (consent and a specific grant) but not the half.
   */
  private Merged mergedPairPractitioner2MayOpenOnlyTheSurvivor(
      String given, String family, LocalDate born) {
    UUID survivor = fixture.person(given, family, born, practitioner);
    UUID merge = fixture.mergedInto(survivor, practitioner);
    UUID half =
        jdbc.sql("select merged_id from support.person_merge where id = ?")
            .param(merge)
            .query(UUID.class)
            .single();
    UUID otherMember = practitioner2.organisationId();
    fixture.consent(
        survivor,
        "given",
        new UUID[] {otherMember},
        new String[0],
        LocalDate.now().minusDays(1),
        null,
        practitioner);
    fixture.grant(survivor, "specific", otherMember, null, new String[0], 24, null);
    return new Merged(survivor, half);
  }

  @Test
  void aMergedHalfsPlanIsPointedToFromTheSurvivorsPlanOnlyForSomeoneWhoCouldOpenTheHalf() {
    Merged pair =
        mergedPairPractitioner2MayOpenOnlyTheSurvivor(
            "Zqplan", "Zqsurvivor", LocalDate.of(1991, 7, 8));
    UUID survivor = pair.survivor();
    UUID half = pair.half();
    fixture.goal(half, practitioner, null, "Zq a goal set on the older record");
    String link = "/people/" + half + "/plan";

    WebSession own = WebSession.signedIn(port, "practitioner", "alliance-demo");
    assertThat(own.get("/people/" + survivor + "/plan").body())
        .contains("Another record of theirs was merged into this one")
        .contains(link);
    assertThat(own.get(link).body()).contains("Zq a goal set on the older record");
    WebSession other = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    HttpResponse<String> theirs = other.get("/people/" + survivor + "/plan");
    assertThat(theirs.statusCode()).isEqualTo(200);
    assertThat(theirs.body())
        .doesNotContain(link)
        .doesNotContain("Another record of theirs")
        .doesNotContain("Zq a goal set on the older record");
  }

  @Test
  void aMergedHalfsBudgetsArePointedToOnlyForSomeoneWhoCouldOpenTheHalf() {
    Merged pair =
        mergedPairPractitioner2MayOpenOnlyTheSurvivor(
            "Zqmoney", "Zqsurvivor", LocalDate.of(1992, 8, 9));
    UUID survivor = pair.survivor();
    UUID half = pair.half();
    fixture.budget(half, practitioner, "personal-budget", null);
    String link = "/people/" + half + "/budgets\"";

    WebSession own = WebSession.signedIn(port, "practitioner", "alliance-demo");
    assertThat(own.get("/people/" + survivor + "/budgets").body())
        .contains("keeps its own budgets")
        .contains(link);
    WebSession other = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    HttpResponse<String> theirs = other.get("/people/" + survivor + "/budgets");
    assertThat(theirs.statusCode()).isEqualTo(200);
    assertThat(theirs.body()).doesNotContain(link).doesNotContain("keeps its own budgets");
  }

  @Test
  void badMergesAreRefusedWithMessages() {
    UUID a = fixture.person("Zqgil", "Zqbadmerge", LocalDate.of(2001, 1, 1), practitioner);
    UUID b = fixture.person("Zqgill", "Zqbadmerge", LocalDate.of(2001, 1, 1), practitioner);
    UUID c = fixture.person("Zqgilly", "Zqbadmerge", LocalDate.of(2001, 1, 1), practitioner);
    UUID elsewhere = fixture.person("Zqgil", "Zqbadmerge", LocalDate.of(2001, 1, 1), practitioner2);
    WebSession web = WebSession.signedIn(port, "practitioner", "alliance-demo");

    assertThat(merge(web, a, a.toString(), "x").body())
        .contains("There is a problem")
        .contains("A record cannot be merged into itself");
    assertThat(merge(web, a, UUID.randomUUID().toString(), "x").body())
        .contains("Choose a record your team can open");
    assertThat(merge(web, a, elsewhere.toString(), "x").body())
        .contains("Choose a record your team can open");
    HttpResponse<String> markup = merge(web, a, "<script>alert(1)</script>", "r".repeat(600));
    assertThat(markup.statusCode()).isEqualTo(200);
    assertThat(markup.body())
        .contains("Give the other record")
        .contains("The reason must be 500 characters or fewer")
        .doesNotContain("<script>alert(1)");
    web.get("/people/" + a + "/merge");
    assertThat(web.post("/people/" + a + "/merge", Map.of()).body())
        .contains("Choose the record to merge into this one")
        .contains("Say why these are the same person");

    assertThat(merge(web, a, b.toString(), "Same person").statusCode()).isEqualTo(302);
    assertThat(merge(web, c, b.toString(), "Same person").body())
        .contains("That record has already been merged into another");
    assertThat(merge(web, b, c.toString(), "Same person").body())
        .contains("This record has already been merged into another");
    assertThat(merge(web, c, a.toString(), "Same person").body())
        .contains("Other records are merged into that one");
    assertThat(mergedInto(c)).isNull();
    assertThat(mergedInto(a)).isNull();

    assertThat(web.get("/people/" + a + "/merges/" + UUID.randomUUID() + "/undo").statusCode())
        .isEqualTo(404);
    assertThat(web.get("/people/" + c + "/merges/" + mergeId(b) + "/undo").statusCode())
        .as("another record's merge under this record's address")
        .isEqualTo(404);
    assertThat(web.get("/people/" + a + "/merges/not-a-uuid/undo").statusCode()).isEqualTo(404);

    // Someone at another member cannot merge or undo this member's records.
    WebSession other = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    assertThat(other.get("/people/" + a + "/merge").statusCode()).isIn(302, 404);
    other.get("/people");
    HttpResponse<String> theirs =
        other.post(
            "/people/" + a + "/merges/" + mergeId(b) + "/undo", Map.of("reason", "Not the same"));
    assertThat(theirs.statusCode()).isIn(302, 404);
    assertThat(mergedInto(b)).isEqualTo(a);
  }

  @Test
  void twoMergesAtOnceAreTakenOneAfterTheOther() throws Exception {
    UUID x = fixture.person("Zqhal", "Zqrace", LocalDate.of(2002, 2, 2), practitioner);
    UUID y = fixture.person("Zqhall", "Zqrace", LocalDate.of(2002, 2, 2), practitioner);
    WebSession first = WebSession.signedIn(port, "practitioner", "alliance-demo");
    WebSession second = WebSession.signedIn(port, "practitioner", "alliance-demo");
    first.get("/people/" + x + "/merge");
    second.get("/people/" + y + "/merge");
    CompletableFuture<HttpResponse<String>> one =
        CompletableFuture.supplyAsync(
            () ->
                first.post(
                    "/people/" + x + "/merge", Map.of("otherId", y.toString(), "reason", "race")));
    CompletableFuture<HttpResponse<String>> two =
        CompletableFuture.supplyAsync(
            () ->
                second.post(
                    "/people/" + y + "/merge", Map.of("otherId", x.toString(), "reason", "race")));
    List<Integer> statuses = List.of(one.get().statusCode(), two.get().statusCode());
    assertThat(statuses).containsExactlyInAnyOrder(200, 302);
    assertThat(one.get().statusCode() == 200 ? one.get().body() : two.get().body())
        .contains("already been merged into another");
    assertThat(mergedInto(x) == null ^ mergedInto(y) == null).isTrue();
  }

  @Test
  void anExclusionOnEitherHalfAppliesToBothAndAMergeNeverWidensAccess() {
    UUID survivor = fixture.person("Zqivy", "Zqexcluded", LocalDate.of(2003, 3, 3), practitioner);
    UUID other = fixture.person("Zqivie", "Zqexcluded", LocalDate.of(2003, 3, 3), practitioner);
    for (UUID person : List.of(survivor, other)) {
      fixture.consent(person, "given", null, new String[0], LocalDate.now(), null, practitioner);
    }
    // practitioner2's member may see the survivor, and is excluded from the other half.
    fixture.grant(
        survivor, "specific", practitioner2.organisationId(), null, new String[0], null, null);
    fixture.grant(
        other, "excluded", practitioner2.organisationId(), null, new String[0], null, "Conflict");
    // A third member may see the survivor only.
    UserAccount third =
        fixture.newUser(Role.PRACTITIONER, fixture.member("Harbour Housing").id(), true);
    fixture.grant(survivor, "specific", third.organisationId(), null, new String[0], null, null);

    WebSession excluded = WebSession.signedIn(port, "practitioner2", "alliance-demo");
    WebSession thirds = WebSession.signedIn(port, third.username(), SupportFixture.PASSWORD);
    assertThat(excluded.get("/people/" + survivor).statusCode()).isEqualTo(200);

    WebSession team = WebSession.signedIn(port, "practitioner", "alliance-demo");
    assertThat(merge(team, survivor, other.toString(), "Same person").statusCode()).isEqualTo(302);

    assertThat(excluded.get("/people/" + survivor).statusCode())
        .as("the exclusion on the merged half now applies to the whole")
        .isEqualTo(404);
    HttpResponse<String> narrowed = thirds.get("/people/" + survivor);
    assertThat(narrowed.statusCode()).isEqualTo(200);
    assertThat(narrowed.body())
        .contains("One record merged into this one is not shown")
        .doesNotContain("Zqivie");

    team.get("/people/" + survivor);
    assertThat(
            team.post(
                    "/people/" + survivor + "/merges/" + mergeId(other) + "/undo",
                    Map.of("reason", "Not the same"))
                .statusCode())
        .isEqualTo(302);
    assertThat(excluded.get("/people/" + survivor).statusCode()).isEqualTo(200);
  }
}
