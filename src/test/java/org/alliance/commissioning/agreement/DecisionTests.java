package org.alliance.commissioning.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The decisions log over real HTTP, as the demo alliance's people: proposing, voting in one's own
 * place, votes recorded at a meeting, closing with the outcome fixed and shown, who may not vote,
 * finding decisions by topic and word, and bad input.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionTests {

  static final String HARBOUR = "Harbour Housing";
  static final String OPEN_ROAD = "Open Road Young People's Service";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private WebSession manager;
  private WebSession leader;
  private WebSession commissioner;

  @BeforeAll
  void signIn() {
    manager = WebSession.signedIn(port, "manager", "alliance-demo");
    leader = WebSession.signedIn(port, "leader", "alliance-demo");
    commissioner = WebSession.signedIn(port, "commissioner", "alliance-demo");
  }

  /** Proposes a decision as the manager, votes due in a week; answers its id. */
  static UUID propose(WebSession as, String title, boolean key, String newTopic) {
    LocalDate due = Decisions.today().plusDays(7);
    Map<String, String> form = new HashMap<>();
    form.put("title", title);
    form.put("newTopic", newTopic);
    form.put("detail", "Zq what is proposed, in detail.\nOn two lines.");
    form.put("key", key ? "yes" : "no");
    form.put("dueDay", String.valueOf(due.getDayOfMonth()));
    form.put("dueMonth", String.valueOf(due.getMonthValue()));
    form.put("dueYear", String.valueOf(due.getYear()));
    as.get("/alliance/decisions/new");
    HttpResponse<String> made = as.post("/alliance/decisions", form);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    String location = made.headers().firstValue("Location").orElseThrow();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  /** The places asked to vote on a decision, by member name. */
  Map<String, UUID> places(UUID decision) {
    Map<String, UUID> places = new HashMap<>();
    jdbc.sql(
            "select organisation_name, person_id from commissioning.decision_voter"
                + " where decision_id = :id")
        .param("id", decision)
        .query(
            (rs, n) ->
                places.put(
                    rs.getString("organisation_name"), rs.getObject("person_id", UUID.class)))
        .list();
    return places;
  }

  int version(UUID decision) {
    return jdbc.sql("select version from commissioning.decision where id = :id")
        .param("id", decision)
        .query(Integer.class)
        .single();
  }

  HttpResponse<String> record(UUID decision, UUID place, String choice, String reason) {
    LocalDate meeting = Decisions.today().minusDays(1);
    manager.get("/alliance/decisions/" + decision);
    return manager.post(
        "/alliance/decisions/" + decision + "/votes",
        Map.of(
            "recording", "yes",
            "place", place.toString(),
            "choice", choice,
            "reason", reason,
            "meetingDay", String.valueOf(meeting.getDayOfMonth()),
            "meetingMonth", String.valueOf(meeting.getMonthValue()),
            "meetingYear", String.valueOf(meeting.getYear())));
  }

  HttpResponse<String> ownVote(UUID decision, String choice, String reason) {
    leader.get("/alliance/decisions/" + decision);
    return leader.post(
        "/alliance/decisions/" + decision + "/votes",
        Map.of(
            "place", places(decision).get(OPEN_ROAD).toString(),
            "choice", choice,
            "reason", reason));
  }

  HttpResponse<String> close(UUID decision, int version) {
    manager.get("/alliance/decisions/" + decision);
    return manager.post(
        "/alliance/decisions/" + decision + "/close", Map.of("version", String.valueOf(version)));
  }

  void everyoneElseFor(UUID decision, String... except) {
    List<String> skip = List.of(except);
    places(decision)
        .forEach(
            (member, place) -> {
              if (!member.equals(OPEN_ROAD) && !skip.contains(member)) {
                assertThat(record(decision, place, "for", "").statusCode()).isEqualTo(302);
              }
            });
  }

  @Test
  void theDemoLogHoldsDecisionsCarriedBlockedAndAwaitingTheLeader() {
    String log = commissioner.get("/alliance/decisions").body();
    assertThat(log)
        .contains("Devolve the bed and breakfast budget to the alliance")
        .contains("Carried: unanimous, all 7 members of the leadership team voted for")
        .contains("Not carried: Harbour Housing (Bethan Morgan) dissented: Eastgate is the only")
        .contains(
            "Not carried: not unanimous: St Clement&#39;s Community Kitchen (Declan Byrne)"
                + " abstained")
        .contains("Carried by a simple majority of the votes cast: 6 for, 1 against, 1 abstained")
        .contains("Move £40,000 from prescribing to alcohol outreach");
    UUID open =
        jdbc.sql("select id from commissioning.decision where title like 'Move £40,000 from%'")
            .query(UUID.class)
            .single();
    String page = leader.get("/alliance/decisions/" + open).body();
    assertThat(page)
        .contains("Recorded by Tom Ashworth at the meeting of")
        .contains("Wait for the month 8 prescribing figures");
    if (page.contains("Open: awaiting 1 vote")) {
      // Until a test votes on it, only the demo leader's vote is missing.
      assertThat(page).contains("Cast your vote").contains("Not voted yet");
    }
  }

  @Test
  void oneDissentBlocksAKeyDecisionAndThePageSaysWhoAndWhy() {
    UUID decision = propose(manager, "Zq close the Westgate hub", true, "Zq Service model");
    assertThat(places(decision)).hasSizeGreaterThanOrEqualTo(8).containsKeys(HARBOUR, OPEN_ROAD);
    everyoneElseFor(decision, HARBOUR);
    HttpResponse<String> dissent =
        record(decision, places(decision).get(HARBOUR), "against", "Zq residents lose the hub");
    assertThat(dissent.statusCode()).isEqualTo(302);
    assertThat(ownVote(decision, "for", "").statusCode()).isEqualTo(302);

    HttpResponse<String> page = manager.get("/alliance/decisions/" + decision);
    assertThat(page.body())
        .contains("Open: every vote is in")
        .contains("Against (dissent)")
        .contains("Zq residents lose the hub")
        .contains("Recorded by Tom Ashworth at the meeting of")
        .contains("Cast by them")
        .contains(DecisionRule.KEY_RULE);

    assertThat(close(decision, version(decision)).statusCode()).isEqualTo(302);
    String closed = commissioner.get("/alliance/decisions/" + decision).body();
    assertThat(closed)
        .contains("Not carried")
        .contains(
            "Not carried: Harbour Housing (Bethan Morgan) dissented: Zq residents lose the hub")
        .doesNotContain("Close the decision")
        .doesNotContain("Record the vote");
    // Fixed: no more votes.
    HttpResponse<String> late = ownVote(decision, "against", "Zq too late");
    assertThat(late.statusCode()).isEqualTo(400);
    assertThat(late.body()).contains("This decision is closed: its outcome is fixed");
  }

  @Test
  void aKeyDecisionEveryMemberVotesForCarriesAndAChangedVoteKeepsItsHistory() {
    UUID decision = propose(manager, "Zq devolve the outreach budget", true, "Zq Budget");
    everyoneElseFor(decision);
    assertThat(ownVote(decision, "against", "Zq not yet").statusCode()).isEqualTo(302);
    HttpResponse<String> blocked = leader.get("/alliance/decisions/" + decision);
    assertThat(blocked.body()).contains("Zq not yet").contains("Change your vote");
    assertThat(ownVote(decision, "for", "").statusCode()).isEqualTo(302);

    assertThat(close(decision, version(decision)).statusCode()).isEqualTo(302);
    String page = leader.get("/alliance/decisions/" + decision).body();
    assertThat(page).contains("Carried: unanimous, all " + places(decision).size() + " members");
    // The history keeps the dissent that was changed.
    assertThat(page.substring(page.indexOf("id=\"history\""))).contains("Zq not yet");
  }

  @Test
  void anAbstentionMeansNotUnanimous() {
    UUID decision = propose(manager, "Zq share the overspend", true, "Zq Risk");
    everyoneElseFor(decision);
    assertThat(ownVote(decision, "abstain", "").statusCode()).isEqualTo(302);
    close(decision, version(decision));
    assertThat(manager.get("/alliance/decisions/" + decision).body())
        .contains(
            "Not carried: not unanimous: Open Road Young People&#39;s Service (Ruth Adeyemi) abstained");
  }

  @Test
  void aDecisionThatIsNotKeyCarriesOnAMajority() {
    UUID decision = propose(manager, "Zq Saturday opening", false, "Zq Service model");
    everyoneElseFor(decision, HARBOUR);
    record(decision, places(decision).get(HARBOUR), "against", "Zq no staff");
    ownVote(decision, "abstain", "Zq no view");
    String page = manager.get("/alliance/decisions/" + decision).body();
    assertThat(page).contains(DecisionRule.MAJORITY_RULE);
    close(decision, version(decision));
    int inFavour = places(decision).size() - 2;
    assertThat(manager.get("/alliance/decisions/" + decision).body())
        .contains(
            "Carried by a simple majority of the votes cast: "
                + inFavour
                + " for, 1 against, 1 abstained");
  }

  @Test
  void anOpenDecisionShowsTheVotesAwaitedAndTheLeadersHomePageSaysSo() {
    UUID decision = propose(manager, "Zq awaiting votes", true, "Zq Budget");
    String page = leader.get("/alliance/decisions/" + decision).body();
    assertThat(page).contains("Open: awaiting " + places(decision).size() + " votes");
    assertThat(page).contains("Cast your vote");
    assertThat(leader.get("/").body()).contains("your vote as a member of the leadership team");
    String log = commissioner.get("/alliance/decisions").body();
    assertThat(log).contains("Zq awaiting votes").contains("Open: awaiting");
  }

  @Test
  void aLeaderCannotVoteAsAnotherMember() {
    UUID decision = propose(manager, "Zq not your place", true, "Zq Governance");
    UUID harbour = places(decision).get(HARBOUR);
    leader.get("/alliance/decisions/" + decision);
    HttpResponse<String> asHarbour =
        leader.post(
            "/alliance/decisions/" + decision + "/votes",
            Map.of("place", harbour.toString(), "choice", "for", "reason", ""));
    assertThat(asHarbour.statusCode()).isEqualTo(403);
    LocalDate yesterday = Decisions.today().minusDays(1);
    HttpResponse<String> asIfAtAMeeting =
        leader.post(
            "/alliance/decisions/" + decision + "/votes",
            Map.of(
                "recording", "yes",
                "place", harbour.toString(),
                "choice", "for",
                "reason", "",
                "meetingDay", String.valueOf(yesterday.getDayOfMonth()),
                "meetingMonth", String.valueOf(yesterday.getMonthValue()),
                "meetingYear", String.valueOf(yesterday.getYear())));
    assertThat(asIfAtAMeeting.statusCode()).isEqualTo(403);
    HttpResponse<String> closing =
        leader.post(
            "/alliance/decisions/" + decision + "/close",
            Map.of("version", String.valueOf(version(decision))));
    assertThat(closing.statusCode()).isEqualTo(403);
    assertThat(
            jdbc.sql("select count(*) from commissioning.decision_vote where decision_id = :id")
                .param("id", decision)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(leader.get("/alliance/decisions/" + decision).body())
        .doesNotContain("Record a vote given at a meeting")
        .doesNotContain("Close the decision");
  }

  @Test
  void theCommissionerReadsButCannotProposeVoteOrClose() {
    UUID decision = propose(manager, "Zq for the owner to read", true, "Zq Governance");
    String page = commissioner.get("/alliance/decisions/" + decision).body();
    assertThat(page).contains("Zq for the owner to read").doesNotContain("Cast your vote");
    assertThat(commissioner.get("/alliance/decisions/new").statusCode()).isEqualTo(403);
    assertThat(commissioner.get("/alliance/decisions").body()).doesNotContain("Propose a decision");
    HttpResponse<String> vote =
        commissioner.post(
            "/alliance/decisions/" + decision + "/votes",
            Map.of(
                "place", places(decision).get(HARBOUR).toString(), "choice", "for", "reason", ""));
    assertThat(vote.statusCode()).isEqualTo(403);
    HttpResponse<String> closing =
        commissioner.post(
            "/alliance/decisions/" + decision + "/close",
            Map.of("version", String.valueOf(version(decision))));
    assertThat(closing.statusCode()).isEqualTo(403);
  }

  @Test
  void aDissentNeedsItsReasonAndAMeetingVoteItsDate() {
    UUID decision = propose(manager, "Zq reasons required", true, "Zq Governance");
    HttpResponse<String> bare = ownVote(decision, "against", "");
    assertThat(bare.statusCode()).isEqualTo(400);
    assertThat(bare.body())
        .contains("govuk-error-summary")
        .contains("Give the reason for the dissent");
    manager.get("/alliance/decisions/" + decision);
    HttpResponse<String> undated =
        manager.post(
            "/alliance/decisions/" + decision + "/votes",
            Map.of(
                "recording", "yes",
                "place", places(decision).get(HARBOUR).toString(),
                "choice", "for",
                "reason", ""));
    assertThat(undated.statusCode()).isEqualTo(400);
    assertThat(undated.body()).contains("Enter the date of the meeting the vote was given at");
  }

  @Test
  void closingOnVotesThatChangedSinceTheManagerLookedIsRefused() {
    UUID decision = propose(manager, "Zq stale close", true, "Zq Governance");
    int seen = version(decision);
    ownVote(decision, "for", "");
    HttpResponse<String> stale = close(decision, seen);
    assertThat(stale.statusCode()).isEqualTo(400);
    assertThat(stale.body()).contains("changed since you opened it");
    assertThat(manager.get("/alliance/decisions/" + decision).body()).contains("Open: awaiting");
  }

  @Test
  void decisionsAreFoundByTopicAndWord() {
    UUID one = propose(manager, "Zq findable by topic", true, "Zq Topic Alpha");
    propose(manager, "Zq another topic entirely", false, "Zq Topic Beta");
    UUID alpha =
        jdbc.sql("select topic_id from commissioning.decision where id = :id")
            .param("id", one)
            .query(UUID.class)
            .single();
    String byTopic = commissioner.get("/alliance/decisions?topic=" + alpha + "&q=").body();
    assertThat(byTopic)
        .contains("Zq findable by topic")
        .doesNotContain("Zq another topic entirely")
        .contains("1 decision matches");
    String byWord = leader.get("/alliance/decisions?topic=&q=entirely").body();
    assertThat(byWord).contains("Zq another topic entirely").doesNotContain("Zq findable by topic");
    String byPercent = leader.get("/alliance/decisions?q=%25%25zzq").body();
    assertThat(byPercent).contains("No decisions match");
    LocalDate today = Decisions.today();
    String byDate =
        leader.get("/alliance/decisions?q=Zq+findable&from=" + today + "&to=" + today).body();
    assertThat(byDate).contains("Zq findable by topic");
    String before = leader.get("/alliance/decisions?q=Zq+findable&to=" + today.minusDays(1)).body();
    assertThat(before).doesNotContain("Zq findable by topic");
    HttpResponse<String> badDate = leader.get("/alliance/decisions?from=31%2F2%2F2026");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("govuk-error-summary").contains("Enter the first date");
  }

  @Test
  void badInputIsSentBackWithAnErrorSummary() {
    manager.get("/alliance/decisions/new");
    Map<String, String> form = new HashMap<>();
    form.put("title", "<script>alert('zq')</script>");
    form.put("newTopic", "Zq Budget");
    form.put("detail", "x".repeat(10_001));
    form.put("key", "maybe");
    form.put("dueDay", "99");
    form.put("dueMonth", "1");
    form.put("dueYear", "2026");
    HttpResponse<String> sent = manager.post("/alliance/decisions", form);
    assertThat(sent.statusCode()).isEqualTo(400);
    assertThat(sent.body())
        .contains("There is a problem")
        .contains("must be plain words")
        .contains("10,000 characters or fewer")
        .contains("Say whether it is a key decision")
        .contains("Enter the date votes are due")
        .doesNotContain("<script>alert");
    form.put("title", "Zq\u0000nul");
    assertThat(manager.post("/alliance/decisions", form).statusCode()).isEqualTo(400);
    assertThat(manager.get("/alliance/decisions/not-an-id").statusCode()).isEqualTo(404);
    assertThat(manager.get("/alliance/decisions/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }
}
