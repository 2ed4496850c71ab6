package org.alliance.support.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.support.Tallies;
import org.alliance.support.Tallies.Count;
import org.alliance.support.Tallies.Dimension;
import org.alliance.support.Tally;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each tally against figures worked out by hand on a small fixture in 2021. Every scenario has a
 * member of its own, so neither other tests' records nor the other scenarios count.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TalliesTests {

  @Autowired JdbcClient jdbc;
  @Autowired Tallies tallies;

  private final UUID worker = UUID.randomUUID();
  private final UUID attendance = UUID.randomUUID();
  private final UUID episodes = UUID.randomUUID();
  private final UUID referrals = UUID.randomUUID();
  private final UUID goals = UUID.randomUUID();
  private final UUID completions = UUID.randomUUID();
  private final UUID transitions = UUID.randomUUID();
  private final UUID dormant = UUID.randomUUID();
  private final UUID areas = UUID.randomUUID();
  private final UUID measures = UUID.randomUUID();

  private UUID person(UUID member, LocalDate born, String postcode) {
    return jdbc.sql(
            """
            insert into support.person (given_name, family_name, date_of_birth, postcode,
                                        registered_by_member, registered_by)
            values ('Zq', 'Tally', :born, :postcode, :member, :worker) returning id
            """)
        .param("born", born)
        .param("postcode", postcode)
        .param("member", member)
        .param("worker", worker)
        .query(UUID.class)
        .single();
  }

  private UUID person(UUID member) {
    return person(member, LocalDate.of(1980, 1, 1), null);
  }

  private void contact(UUID member, UUID person, String at, String outcome) {
    jdbc.sql(
            """
            insert into support.contact (person_id, member_id, worker_id, mode, happens_at,
                                         outcome, recorded_by)
            values (:person, :member, :worker, 'phone', :at, :outcome, :worker)
            """)
        .param("person", person)
        .param("member", member)
        .param("worker", worker)
        .param("at", Timestamp.from(Instant.parse(at)))
        .param("outcome", outcome)
        .update();
  }

  private UUID episode(UUID member, UUID person, String opened, String closed) {
    return jdbc.sql(
            """
            insert into support.episode (person_id, member_id, opened_on, open_reason, opened_by,
                                         closed_on, close_reason, closed_by)
            values (:person, :member, cast(:opened as date), 'referral', :worker,
                    cast(:closed as date),
                    case when cast(:closed as date) is null then null else 'done' end,
                    case when cast(:closed as date) is null then null else :worker end)
            returning id
            """)
        .param("person", person)
        .param("member", member)
        .param("opened", opened)
        .param("closed", closed)
        .param("worker", worker)
        .query(UUID.class)
        .single();
  }

  private void treatment(
      UUID episode, UUID person, String referred, String discharged, String reason, String drug) {
    jdbc.sql(
            """
            insert into support.ndtms_episode (episode_id, person_id, referred_on, triaged_on,
                                               discharged_on, discharge_reason, updated_by)
            values (:episode, :person, cast(:referred as date), cast(:referred as date),
                    cast(:discharged as date), :reason, :worker)
            """)
        .param("episode", episode)
        .param("person", person)
        .param("referred", referred)
        .param("discharged", discharged)
        .param("reason", reason)
        .param("worker", worker)
        .update();
    jdbc.sql(
            """
            insert into support.ndtms_substance (episode_id, person_id, rank, substance)
            values (:episode, :person, 1, :drug)
            """)
        .param("episode", episode)
        .param("person", person)
        .param("drug", drug)
        .update();
  }

  private void referral(UUID to, UUID person, String sent, String status) {
    jdbc.sql(
            """
            insert into support.referral (person_id, from_member, sent_by, sent_at, to_member,
                                          status, basis, decline_reason)
            values (:person, :to, :worker, :sent, :to, :status, 'consent',
                    case when :status = 'declined' then 'full' end)
            """)
        .param("person", person)
        .param("to", to)
        .param("worker", worker)
        .param("sent", Timestamp.from(Instant.parse(sent)))
        .param("status", status)
        .update();
  }

  @BeforeAll
  void fixture() {
    // Attendance: ages on the day, UK time, cancellations and appointments to come left out.
    UUID turnsEighteen = person(attendance, LocalDate.of(2003, 6, 15), null);
    jdbc.sql(
            """
            insert into support.ndtms_client (person_id, consent, consent_on, sex, ethnicity,
                                              updated_by)
            values (:person, 'given', date '2021-01-01', '2', 'A', :worker)
            """)
        .param("person", turnsEighteen)
        .param("worker", worker)
        .update();
    UUID fortyOne = person(attendance);
    UUID noBirthday = person(attendance, null, null);
    contact(attendance, turnsEighteen, "2021-06-14T10:00:00Z", "attended"); // 17: under-18
    contact(attendance, turnsEighteen, "2021-06-15T10:00:00Z", "did-not-attend"); // 18 that day
    contact(attendance, fortyOne, "2021-06-20T10:00:00Z", "did-not-attend");
    contact(attendance, fortyOne, "2021-06-21T10:00:00Z", "cancelled-by-person");
    contact(attendance, fortyOne, "2021-06-22T10:00:00Z", null);
    contact(attendance, noBirthday, "2021-06-30T23:30:00Z", "attended"); // 1 July in London
    contact(attendance, noBirthday, "2021-05-31T22:59:00Z", "attended"); // 31 May in London

    // Episodes opened in March: one engaged and seen in 4 days, one neither.
    UUID quick = person(episodes);
    episode(episodes, quick, "2021-03-01", null);
    contact(episodes, quick, "2021-03-05T10:00:00Z", "attended");
    contact(episodes, quick, "2021-03-20T10:00:00Z", "attended");
    UUID slow = person(episodes);
    episode(episodes, slow, "2021-03-10", null);
    contact(episodes, slow, "2021-04-05T10:00:00Z", "attended"); // day 26: one in 28 days
    contact(episodes, slow, "2021-04-08T10:00:00Z", "attended"); // day 29

    // Referrals sent in February: one started, one declined, one withdrawn (left out).
    UUID referred = person(referrals);
    referral(referrals, referred, "2021-02-10T10:00:00Z", "started");
    referral(referrals, person(referrals), "2021-02-11T10:00:00Z", "declined");
    referral(referrals, person(referrals), "2021-02-12T10:00:00Z", "withdrawn");

    // A goal rated 3 in April, 5 then 4 in May: May has one rise of two ratings.
    UUID rated = person(goals);
    UUID goal =
        jdbc.sql(
                """
                insert into support.plan_goal (person_id, domain_id, words, in_words_of, set_on)
                select :person, id, 'Get back to work', 'person', date '2021-03-01'
                  from support.life_domain limit 1
                returning id
                """)
            .param("person", rated)
            .query(UUID.class)
            .single();
    for (String[] rating :
        List.of(
            new String[] {"2021-04-01", "3"},
            new String[] {"2021-05-01", "5"},
            new String[] {"2021-05-15", "4"})) {
      jdbc.sql(
              """
              insert into support.plan_goal_rating (person_id, goal_id, rated_on, score, rated_by)
              values (:person, :goal, cast(:on as date), :score, 'person')
              """)
          .param("person", rated)
          .param("goal", goal)
          .param("on", rating[0])
          .param("score", Integer.parseInt(rating[1]))
          .update();
    }

    // January alcohol discharges: both completed, one back on the day six months on.
    UUID stayedWell = person(completions);
    treatment(
        episode(completions, stayedWell, "2020-09-01", "2021-01-20"),
        stayedWell,
        "2020-09-01",
        "2021-01-20",
        "80",
        "XALC");
    UUID cameBack = person(completions);
    treatment(
        episode(completions, cameBack, "2020-09-01", "2021-01-01"),
        cameBack,
        "2020-09-01",
        "2021-01-01",
        "80",
        "XALC");
    treatment(
        episode(completions, cameBack, "2021-07-01", null),
        cameBack,
        "2021-07-01",
        null,
        null,
        "XALC");
    // An opiate client who completed in January: a group of its own.
    UUID opiate = person(completions);
    treatment(
        episode(completions, opiate, "2020-09-01", "2021-01-05"),
        opiate,
        "2020-09-01",
        "2021-01-05",
        "80",
        "XHER");

    // Turning 18 in June 2021 in support, moved as planned; turning 21 then, not in support.
    UUID eighteen = person(transitions, LocalDate.of(2003, 6, 15), null);
    episode(transitions, eighteen, "2021-01-01", null);
    jdbc.sql(
            """
            insert into support.transition_plan (person_id, milestone, happened_on, happened_as,
                                                 member_id, recorded_by, changed_by)
            values (:person, 18, date '2021-06-20', 'planned', :member, :worker, :worker)
            """)
        .param("person", eighteen)
        .param("member", transitions)
        .param("worker", worker)
        .update();
    person(transitions, LocalDate.of(2000, 6, 15), null);

    // Dormant from 5 April (90 days after 5 January), back on 1 May; dormant again from 30 July.
    UUID away = person(dormant);
    episode(dormant, away, "2020-12-01", null);
    contact(dormant, away, "2021-01-05T10:00:00Z", "attended");
    contact(dormant, away, "2021-05-01T10:00:00Z", "attended");

    // Areas from postcodes, however they are typed.
    contact(
        areas,
        person(areas, LocalDate.of(1980, 1, 1), "pl1 2ab"),
        "2021-08-02T10:00:00Z",
        "attended");
    contact(
        areas,
        person(areas, LocalDate.of(1980, 1, 1), "PL12AB"),
        "2021-08-03T10:00:00Z",
        "attended");
    contact(
        areas,
        person(areas, LocalDate.of(1980, 1, 1), "nonsense"),
        "2021-08-04T10:00:00Z",
        "attended");

    // A measure whose score is better higher and whose item is better lower: at the May review the
    // score rose (better) and the item rose (worse); an item with no direction is not counted.
    String code = "ZQ-" + measures.toString().substring(0, 8);
    UUID measure =
        jdbc.sql("insert into support.measure (code) values (:code) returning id")
            .param("code", code)
            .query(UUID.class)
            .single();
    UUID version =
        jdbc.sql(
                """
                insert into support.measure_version (measure_id, number, label, name, definition,
                                                     fingerprint, imported_by_name)
                values (:measure, 1, 'v1', 'Tally test measure', cast(:definition as jsonb), 'x',
                        'a test')
                returning id
                """)
            .param("measure", measure)
            .param(
                "definition",
                // A whole, valid definition: other tests read every stored measure.
                """
                {"format": "alliance-measure/1", "code": "%s", "name": "Tally test measure",
                 "version": "1", "licence": "Written for a test; not a measure.",
                 "scales": [{"code": "days28", "kind": "number", "minimum": 0, "maximum": 28,
                             "unit": "days"}],
                 "items": [{"code": "DAYS", "text": "Days used", "scale": "days28",
                            "better": "lower"},
                           {"code": "NOTE", "text": "Days noted", "scale": "days28"}],
                 "scores": [{"code": "total", "name": "Total", "items": ["DAYS", "NOTE"],
                             "better": "higher"}]}
                """
                    .formatted(code))
            .query(UUID.class)
            .single();
    UUID asked = person(measures);
    for (String[] recording :
        List.of(
            new String[] {"start", "2021-03-01", "{\"DAYS\": 20, \"NOTE\": 1}", "{\"total\": 10}"},
            new String[] {
              "review", "2021-05-01", "{\"DAYS\": 25, \"NOTE\": 9}", "{\"total\": 15}"
            })) {
      jdbc.sql(
              """
              insert into support.measure_recording (person_id, version_id, stage, asked_on,
                                                     answers, scores, member_id, recorded_by)
              values (:person, :version, :stage, cast(:on as date), cast(:answers as jsonb),
                      cast(:scores as jsonb), :member, :worker)
              """)
          .param("person", asked)
          .param("version", version)
          .param("stage", recording[0])
          .param("on", recording[1])
          .param("answers", recording[2])
          .param("scores", recording[3])
          .param("member", measures)
          .param("worker", worker)
          .update();
    }

    tallies.refreshNow();
  }

  private List<Count> of(Tally tally, UUID member) {
    return of(tally, Dimension.MEMBER, member);
  }

  private List<Count> of(Tally tally, Dimension by, UUID member) {
    return tallies.monthly(tally, by, YearMonth.of(2020, 1), YearMonth.of(2022, 12)).stream()
        .filter(count -> count.memberId().equals(member))
        .toList();
  }

  /** Each count as "month group numerator/denominator". */
  private List<String> groups(Tally tally, Dimension by, UUID member) {
    return of(tally, by, member).stream()
        .map(c -> c.month() + " " + c.group() + " " + c.numerator() + "/" + c.denominator())
        .toList();
  }

  /** Numerator and denominator summed over groups, by month. */
  private List<String> totals(Tally tally, UUID member) {
    return of(tally, member).stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                Count::month,
                java.util.TreeMap::new,
                java.util.stream.Collectors.reducing(
                    new int[2],
                    c -> new int[] {c.numerator(), c.denominator()},
                    (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]})))
        .entrySet()
        .stream()
        .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
        .toList();
  }

  @Test
  void didNotAttendByMonthAgeBandSexAndEthnicityInUkTime() {
    YearMonth may = YearMonth.of(2021, 5);
    YearMonth june = YearMonth.of(2021, 6);
    YearMonth july = YearMonth.of(2021, 7);
    String none = Tallies.NOT_RECORDED;
    assertThat(of(Tally.DID_NOT_ATTEND, attendance))
        .containsExactly(
            new Count(may, attendance, null, 0, 1),
            new Count(june, attendance, null, 2, 3),
            new Count(july, attendance, null, 0, 1));
    assertThat(groups(Tally.DID_NOT_ATTEND, Dimension.AGE_BAND, attendance))
        .containsExactlyInAnyOrder(
            "2021-05 " + none + " 0/1",
            "2021-06 18-24 1/1",
            "2021-06 35-49 1/1",
            "2021-06 under-18 0/1",
            "2021-07 " + none + " 0/1");
    assertThat(groups(Tally.DID_NOT_ATTEND, Dimension.SEX, attendance))
        .containsExactlyInAnyOrder(
            "2021-05 " + none + " 0/1",
            "2021-06 2 1/2",
            "2021-06 " + none + " 1/1",
            "2021-07 " + none + " 0/1");
    assertThat(groups(Tally.DID_NOT_ATTEND, Dimension.ETHNICITY, attendance))
        .containsExactlyInAnyOrder(
            "2021-05 " + none + " 0/1",
            "2021-06 A 1/2",
            "2021-06 " + none + " 1/1",
            "2021-07 " + none + " 0/1");
  }

  @Test
  void engagedMeansTwoAttendedContactsInTheFirst28Days() {
    assertThat(totals(Tally.ENGAGED, episodes)).containsExactly("2021-03 1/2");
  }

  @Test
  void startedWithinThreeWeeksOfTheFirstContact() {
    assertThat(totals(Tally.STARTED_WITHIN_THREE_WEEKS, episodes)).containsExactly("2021-03 1/2");
  }

  @Test
  void referralConversionLeavesWithdrawnReferralsOut() {
    assertThat(totals(Tally.REFERRAL_CONVERSION, referrals)).containsExactly("2021-02 1/2");
  }

  @Test
  void goalsProgressedComparesEachRatingWithTheOneBefore() {
    assertThat(totals(Tally.GOALS_PROGRESSED, goals)).containsExactly("2021-05 1/2");
  }

  @Test
  void measuresImprovedComparesEachScoreAndItemWithTheStart() {
    assertThat(totals(Tally.MEASURES_IMPROVED, measures)).containsExactly("2021-05 1/2");
  }

  @Test
  void completionsWithoutRepresentationBySubstanceGroup() {
    assertThat(totals(Tally.COMPLETION_ALCOHOL, completions)).containsExactly("2021-01 1/2");
    assertThat(totals(Tally.COMPLETION_OPIATE, completions)).containsExactly("2021-01 1/1");
    assertThat(totals(Tally.COMPLETION_NON_OPIATE, completions)).isEmpty();
  }

  @Test
  void plannedTransitionsCountPeopleInSupportOnTheBirthday() {
    assertThat(totals(Tally.PLANNED_TRANSITION, transitions)).containsExactly("2021-06 1/1");
  }

  @Test
  void dormantPeopleReEngagedWithinNinetyDays() {
    assertThat(totals(Tally.DORMANT_RE_ENGAGED, dormant))
        .containsExactly("2021-04 1/1", "2021-07 0/1");
  }

  @Test
  void areasAreTheOutwardPartOfThePostcode() {
    assertThat(groups(Tally.DID_NOT_ATTEND, Dimension.AREA, areas))
        .containsExactlyInAnyOrder("2021-08 PL1 0/2", "2021-08 " + Tallies.NOT_RECORDED + " 0/1");
  }

  @Test
  void aChangeToWhoSomeoneIsMovesThemBetweenGroupsInEveryMonth() {
    UUID member = UUID.randomUUID();
    UUID someone = person(member, LocalDate.of(1990, 1, 1), "PL1 1AA");
    contact(member, someone, "2021-10-01T10:00:00Z", "attended");
    contact(member, someone, "2021-11-01T10:00:00Z", "attended");
    jdbc.sql(
            """
            insert into support.ndtms_client (person_id, consent, consent_on, sex, updated_by)
            values (:person, 'given', date '2021-01-01', 'F', :worker)
            """)
        .param("person", someone)
        .param("worker", worker)
        .update();
    tallies.refreshNow();
    assertThat(groups(Tally.DID_NOT_ATTEND, Dimension.AREA, member))
        .containsExactlyInAnyOrder("2021-10 PL1 0/1", "2021-11 PL1 0/1");
    assertThat(groups(Tally.DID_NOT_ATTEND, Dimension.SEX, member))
        .containsExactlyInAnyOrder("2021-10 F 0/1", "2021-11 F 0/1");
    jdbc.sql("update support.person set postcode = 'PL2 1AA' where id = :p")
        .param("p", someone)
        .update();
    jdbc.sql("update support.ndtms_client set sex = 'M' where person_id = :p")
        .param("p", someone)
        .update();
    tallies.refreshNow();
    assertThat(groups(Tally.DID_NOT_ATTEND, Dimension.AREA, member))
        .containsExactlyInAnyOrder("2021-10 PL2 0/1", "2021-11 PL2 0/1");
    assertThat(groups(Tally.DID_NOT_ATTEND, Dimension.SEX, member))
        .containsExactlyInAnyOrder("2021-10 M 0/1", "2021-11 M 0/1");
  }

  @Test
  void manyClientsWrittenAtOnceMoveEveryoneTheyNameBetweenGroups() {
    // Past 500 people the trigger marks every month since the earliest record rather than each
    // person's own: "= any(people)" over 300,000 people ran for more than ten minutes.
    UUID member = UUID.randomUUID();
    UUID someone = person(member, LocalDate.of(1990, 1, 1), null);
    contact(member, someone, "2021-03-01T10:00:00Z", "did-not-attend");
    tallies.refreshNow();
    assertThat(groups(Tally.DID_NOT_ATTEND, Dimension.SEX, member))
        .containsExactly("2021-03 " + Tallies.NOT_RECORDED + " 1/1");
    List<UUID> others =
        jdbc.sql(
                """
                insert into support.person (given_name, family_name, registered_by_member,
                                            registered_by)
                select 'Zq', 'Many ' || g, :member, :worker from generate_series(1, 600) g
                returning id
                """)
            .param("member", member)
            .param("worker", worker)
            .query(UUID.class)
            .list();
    List<UUID> everyone = new java.util.ArrayList<>(others);
    everyone.add(someone);
    jdbc.sql(
            """
            insert into support.ndtms_client (person_id, consent, consent_on, sex, updated_by)
            select p, 'given', date '2021-01-01', 'F', :worker from unnest(:people) p
            """)
        .param("people", everyone.toArray(UUID[]::new))
        .param("worker", worker)
        .update();
    tallies.refreshNow();
    assertThat(groups(Tally.DID_NOT_ATTEND, Dimension.SEX, member))
        .containsExactly("2021-03 F 1/1");
  }

  @Test
  void aRefreshThatChangesNoFigureKeepsTheVersion() {
    // Figures are kept by version; the daily marking of recent months must not throw them away.
    UUID member = UUID.randomUUID();
    contact(member, person(member), "2021-07-01T10:00:00Z", "attended");
    tallies.refreshNow();
    long before = tallies.version();
    jdbc.sql(
            "insert into support.tally_stale (month) values (date '2021-07-01') on conflict do nothing")
        .update();
    tallies.refreshNow();
    assertThat(tallies.version()).isEqualTo(before);
    assertThat(totals(Tally.DID_NOT_ATTEND, member)).containsExactly("2021-07 0/1");
  }

  @Test
  void twoRefreshesAtOnceCountEachContactOnce() throws Exception {
    UUID member = UUID.randomUUID();
    UUID someone = person(member);
    for (int month = 1; month <= 12; month++) {
      contact(member, someone, "2022-%02d-03T10:00:00Z".formatted(month), "did-not-attend");
    }
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            two.submit(
                () -> {
                  go.await();
                  tallies.recompute(YearMonth.of(2022, 1), YearMonth.of(2022, 12));
                  tallies.refreshNow();
                  return null;
                }));
      }
      go.countDown();
      for (java.util.concurrent.Future<?> run : runs) {
        run.get(2, java.util.concurrent.TimeUnit.MINUTES);
      }
    } finally {
      two.shutdownNow();
    }
    assertThat(totals(Tally.DID_NOT_ATTEND, member)).hasSize(12).allMatch(t -> t.endsWith(" 1/1"));
  }

  @Test
  void aChangeToARecordShowsAfterTheNextRefresh() {
    UUID member = UUID.randomUUID();
    UUID someone = person(member);
    contact(member, someone, "2021-09-01T10:00:00Z", "attended");
    long before = tallies.version();
    tallies.refreshNow();
    assertThat(tallies.version()).isGreaterThan(before);
    assertThat(totals(Tally.DID_NOT_ATTEND, member)).containsExactly("2021-09 0/1");
    jdbc.sql("update support.contact set outcome = 'did-not-attend' where person_id = :p")
        .param("p", someone)
        .update();
    tallies.refreshNow();
    assertThat(totals(Tally.DID_NOT_ATTEND, member)).containsExactly("2021-09 1/1");
  }
}
