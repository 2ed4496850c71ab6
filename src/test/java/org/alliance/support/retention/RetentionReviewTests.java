package org.alliance.support.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.alliance.support.WholeRecord;
import org.alliance.support.access.PersonAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention review against the database: which records it lists, that two runs (at once or one
 * after the other) list each once, and the lead's decisions over HTTP: destruction removes every
 * row and leaves an audit entry with no personal data; keeping takes a record off the list.
 */
@AllianceTest
class RetentionReviewTests {

  private static final String DEMO_PASSWORD = "alliance-demo";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired RetentionReview review;

  private SupportFixture fixture;
  private UserAccount practitioner;
  private UUID otherMember;
  private LocalDate today;

  @BeforeEach
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    practitioner = fixture.user("practitioner");
    otherMember = fixture.member("Brackenshire Recovery Partnership").id();
    today = LocalDate.now(PersonAccess.UK);
  }

  private WholeRecord.Made person(LocalDate born, LocalDate lastContact) {
    Instant last = lastContact.atTime(12, 0).toInstant(ZoneOffset.UTC);
    return WholeRecord.make(jdbc, fixture, practitioner, otherMember, born, last);
  }

  private List<UUID> listed() {
    return jdbc.sql("select person_id from support.retention_due").query(UUID.class).list();
  }

  @Test
  void twoRunsAtOnceListEachDueRecordOnce() throws Exception {
    UUID adult = person(today.minusYears(40), today.minusYears(8)).id();
    UUID notYet = person(today.minusYears(40), today.minusYears(8).plusDays(1)).id();
    // 16 at the last contact, 8 years and 10 days ago: 25 only in 30 days' time.
    UUID youngUntil25 =
        person(today.minusYears(25).plusDays(30), today.minusYears(8).minusDays(10)).id();
    // 17 and a half at the last contact, 8 years and a day ago: 25 long since, 8 years reached.
    UUID youngAfter8 =
        person(
                today.minusYears(8).minusDays(1).minusYears(17).minusMonths(6),
                today.minusYears(8).minusDays(1))
            .id();

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    List<Future<RetentionReview.Run>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          two.submit(
              () -> {
                start.await();
                return review.run(today);
              }));
    }
    start.countDown();
    List<UUID> listedByRuns = new ArrayList<>();
    for (Future<RetentionReview.Run> run : runs) {
      listedByRuns.addAll(run.get().listed());
    }
    two.shutdown();
    // And once more, after both.
    listedByRuns.addAll(review.run(today).listed());

    assertThat(listedByRuns)
        .containsOnlyOnce(adult, youngAfter8)
        .doesNotContain(notYet, youngUntil25);
    assertThat(listed()).contains(adult, youngAfter8).doesNotContain(notYet, youngUntil25);
    assertThat(rule(adult)).isEqualTo("adult");
    assertThat(rule(youngAfter8)).isEqualTo("child-8-years");

    // The job's audit entries name no one: counts only.
    List<Map<String, Object>> entries =
        jdbc.sql(
                """
                select person_id, detail from audit.audit_event
                 where action = 'retention.review-run' order by id desc limit 3
                """)
            .query()
            .listOfRows();
    assertThat(entries).isNotEmpty();
    for (Map<String, Object> entry : entries) {
      assertThat(entry.get("person_id")).isNull();
      assertThat((String) entry.get("detail"))
          .matches("newly listed \\d+; no longer due \\d+; waiting \\d+");
    }

    // On the day of their 25th birthday the young person's record is due, by the birthday rule.
    try {
      assertThat(review.run(today.plusDays(30)).listed()).contains(youngUntil25);
      assertThat(rule(youngUntil25)).isEqualTo("child-25th-birthday");
    } finally {
      review.run(today);
    }
    assertThat(listed()).as("back to today, it is not due yet").doesNotContain(youngUntil25);
  }

  @Test
  void aContactAfterListingTakesTheRecordOffTheList() {
    UUID adult = person(today.minusYears(50), today.minusYears(9)).id();
    review.run(today);
    assertThat(listed()).contains(adult);
    jdbc.sql("update support.person set last_contact_at = now() where id = :id")
        .param("id", adult)
        .update();
    assertThat(review.run(today).summary().noLongerDue()).isPositive();
    assertThat(listed()).doesNotContain(adult);
  }

  @Test
  void destructionRemovesEveryRowAndItsAuditEntryHoldsNoPersonalData() {
    WholeRecord.Made made = person(today.minusYears(45), today.minusYears(9));
    review.run(today);
    WebSession dpo = WebSession.signedIn(port, "dpo", DEMO_PASSWORD);
    HttpResponse<String> list = dpo.get("/data-protection/retention");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(made.givenName() + " " + made.familyName());

    HttpResponse<String> page = dpo.get("/data-protection/retention/" + made.id());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain(made.caseNote());

    HttpResponse<String> unconfirmed =
        dpo.post(
            "/data-protection/retention/" + made.id() + "/destroy",
            Map.of("reason", "retention-period-ended"));
    assertThat(unconfirmed.statusCode()).isEqualTo(200);
    assertThat(unconfirmed.body()).contains("Confirm that nothing requires the record to be kept");
    assertThat(count("support.person", made.id(), "id")).isOne();

    HttpResponse<String> destroyed =
        dpo.post(
            "/data-protection/retention/" + made.id() + "/destroy",
            Map.of("reason", "retention-period-ended", "confirm", "yes"));
    assertThat(destroyed.statusCode()).isEqualTo(302);

    List<String> tables =
        jdbc.sql(
                """
                select table_name from information_schema.columns
                 where table_schema = 'support' and column_name = 'person_id'
                """)
            .query(String.class)
            .list();
    assertThat(tables).contains("case_note", "contact", "consent", "retention_due");
    for (String table : tables) {
      assertThat(count("support." + table, made.id(), "person_id")).as(table).isZero();
    }
    assertThat(count("support.person", made.id(), "id")).isZero();

    Map<String, Object> entry =
        jdbc.sql(
                """
                select * from audit.audit_event
                 where action = 'person.destroyed' and subject_id = :id
                """)
            .param("id", made.id().toString())
            .query()
            .singleRow();
    assertThat(entry.get("reason")).isEqualTo("retention-period-ended");
    assertThat((String) entry.get("detail")).contains("retention rule adult");
    String everything = String.valueOf(entry.values());
    for (String personal : made.personalValues()) {
      assertThat(everything).as("the audit entry of the destruction").doesNotContain(personal);
    }
    assertThat(dpo.get("/data-protection/retention/" + made.id()).statusCode()).isEqualTo(404);
  }

  @Test
  void keepingARecordTakesItOffTheListUntilTheDayGiven() {
    WholeRecord.Made made = person(today.minusYears(30), today.minusYears(10));
    review.run(today);
    WebSession dpo = WebSession.signedIn(port, "dpo", DEMO_PASSWORD);
    LocalDate until = today.plusYears(2);

    HttpResponse<String> missing =
        dpo.post("/data-protection/retention/" + made.id() + "/keep", Map.of("kind", "legal-hold"));
    assertThat(missing.statusCode()).isEqualTo(200);
    assertThat(missing.body())
        .contains("Say why the record must be kept", "Enter the date to keep the record until");

    HttpResponse<String> kept =
        dpo.post(
            "/data-protection/retention/" + made.id() + "/keep",
            Map.of(
                "kind", "legal-hold",
                "reason", "Zq claim in the county court",
                "untilDay", Integer.toString(until.getDayOfMonth()),
                "untilMonth", Integer.toString(until.getMonthValue()),
                "untilYear", Integer.toString(until.getYear())));
    assertThat(kept.statusCode()).isEqualTo(302);
    assertThat(listed()).doesNotContain(made.id());
    review.run(today);
    assertThat(listed()).as("a hold in force keeps it off").doesNotContain(made.id());
    try {
      assertThat(review.run(until.plusDays(1)).listed())
          .as("after the hold ends it is listed again")
          .contains(made.id());
    } finally {
      review.run(today);
    }
    String audit =
        jdbc.sql(
                "select reason || ' ' || detail from audit.audit_event"
                    + " where action = 'person.retention-kept' and person_id = :id")
            .param("id", made.id())
            .query(String.class)
            .single();
    assertThat(audit).contains("legal-hold", until.toString()).doesNotContain("county court");
  }

  @Test
  void onlyTheDataProtectionLeadSeesTheList() {
    WebSession practitionerSession = WebSession.signedIn(port, "practitioner", DEMO_PASSWORD);
    assertThat(practitionerSession.get("/data-protection/retention").statusCode()).isEqualTo(403);
  }

  private String rule(UUID person) {
    return jdbc.sql("select rule from support.retention_due where person_id = :id")
        .param("id", person)
        .query(String.class)
        .single();
  }

  private int count(String table, UUID id, String column) {
    return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }
}
