package org.alliance.support.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.support.demo.DemoPeopleGenerator.Member;
import org.alliance.support.demo.DemoPeopleGenerator.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo people: there, varied as the README promises, and the same every time. */
@AllianceTest
class DemoPeopleTests {

  /** Demo people are the ones whose ids the generator derives; tests' own carry "Zq". */
  private static final String DEMO =
      " p.given_name not like 'Zq%' and p.family_name not like 'Zq%' ";

  @Autowired JdbcClient jdbc;

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void aFewHundredPeopleAtSeveralMembers() {
    assertThat(count("select count(*) from support.person p where" + DEMO)).isBetween(250L, 400L);
    assertThat(
            count("select count(distinct registered_by_member) from support.person p where" + DEMO))
        .isGreaterThanOrEqualTo(5);
  }

  /**
   * What is loaded about the demo people after them (plans, measure answers, national-return
   * details) finds them there: each loader runs after the people, whatever order they are given.
   */
  @Test
  void demoPeopleHavePlansMeasuresAndNationalReturnDetails() {
    String demoPerson = " join support.person p on p.id = x.person_id where" + DEMO;
    assertThat(count("select count(*) from support.plan x" + demoPerson)).isGreaterThan(10);
    assertThat(count("select count(*) from support.plan_goal x" + demoPerson)).isGreaterThan(10);
    assertThat(count("select count(*) from support.measure_recording x" + demoPerson))
        .isGreaterThan(10);
    assertThat(count("select count(*) from support.ndtms_client x" + demoPerson)).isGreaterThan(10);
  }

  @Test
  void youngPeopleAtOpenRoadAroundTheirEighteenthAndTwentyFirst() {
    String openRoad =
        """
        select %s from support.person p
          join organisation.organisation o on o.id = p.registered_by_member
         where o.name = 'Open Road Young People''s Service' and p.date_of_birth is not null
           and p.registered_at > now() - interval '4 years' and %s
        """;
    assertThat(
            count(
                openRoad.formatted(
                    "min(extract(year from age(current_date, p.date_of_birth)))", DEMO)))
        .isGreaterThanOrEqualTo(16);
    assertThat(
            count(
                openRoad.formatted(
                    "max(extract(year from age(current_date, p.date_of_birth)))", DEMO)))
        .isLessThanOrEqualTo(20);
    for (int milestone : new int[] {18, 21}) {
      assertThat(
              count(
                  openRoad.formatted(
                      "count(*)",
                      DEMO
                          + " and p.date_of_birth + interval '"
                          + milestone
                          + " years' between current_date and current_date + 31")))
          .as("turning " + milestone + " within the month")
          .isPositive();
    }
  }

  @Test
  void consentGivenRefusedPartialAndWithdrawn() {
    assertThat(
            count("select count(*) from support.consent where state = 'given' and members is null"))
        .isPositive();
    assertThat(count("select count(*) from support.consent where state = 'refused'")).isPositive();
    assertThat(count("select count(*) from support.consent where state = 'withdrawn'"))
        .isPositive();
    assertThat(
            count(
                "select count(*) from support.consent where state = 'given'"
                    + " and members is not null and cardinality(parts) < 4"))
        .as("partial: some members, some labels")
        .isPositive();
  }

  @Test
  void historiesOfEveryKind() {
    assertThat(
            count(
                "select count(*) from support.access_grant"
                    + " where kind = 'break-glass' and reviewed_at is null"))
        .as("a break-glass use waiting for review")
        .isPositive();
    assertThat(
            count(
                "select count(*) from support.person p where"
                    + DEMO
                    + " and p.last_contact_at < now() - interval '90 days'"))
        .as("dormant people")
        .isGreaterThan(20);
    assertThat(count("select count(*) from support.contact where outcome = 'did-not-attend'"))
        .isGreaterThan(50);
    assertThat(count("select count(*) from support.contact where outcome is null")).isPositive();
    assertThat(count("select count(*) from support.episode where closed_on is not null"))
        .isGreaterThan(20);
    assertThat(count("select count(*) from support.trusted_individual")).isGreaterThan(100);
    assertThat(count("select count(*) from support.case_note where label is not null"))
        .isPositive();
    assertThat(count("select count(distinct status) from support.referral"))
        .isGreaterThanOrEqualTo(5);
    assertThat(count("select count(*) from support.retention_due"))
        .as("listed for review")
        .isPositive();
    assertThat(count("select count(*) from support.person_merge where undone_at is null"))
        .as("a merged pair to see and undo")
        .isGreaterThanOrEqualTo(1);
    assertThat(
            count(
                "select count(distinct to_service_id) from support.referral"
                    + " where to_service_id is not null"))
        .as("referrals to the directory's services")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void theDemoPractitionersHaveCaseloads() {
    for (String username : List.of("practitioner", "practitioner2")) {
      String user = "(select id from identity.app_user where username = '" + username + "')";
      assertThat(count("select count(*) from support.person where registered_by = " + user))
          .as(username + " registered people")
          .isGreaterThan(20);
      assertThat(
              count(
                  "select count(*) from support.trusted_individual where ended_at is null"
                      + " and user_id = "
                      + user))
          .as(username + " is a trusted individual")
          .isGreaterThan(10);
      assertThat(count("select count(*) from support.contact where worker_id = " + user))
          .isGreaterThan(50);
    }
  }

  @Test
  void theSameSeedAndDayMakeTheSamePeople() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    List<Member> members =
        List.of(
            new Member(a, "A", List.of(new Staff(UUID.randomUUID(), a)), 30, 16, 20),
            new Member(b, "B", List.of(new Staff(UUID.randomUUID(), b)), 30, 22, 60));
    LocalDate day = LocalDate.of(2026, 12, 1);
    var first = DemoPeopleGenerator.generate(day, members, List.of("BK11AD", "BK11AN"));
    var second = DemoPeopleGenerator.generate(day, members, List.of("BK11AD", "BK11AN"));
    assertThat(second.people()).isEqualTo(first.people());
    assertThat(second.contacts()).isEqualTo(first.contacts());
    assertThat(second.notes()).isEqualTo(first.notes());
    assertThat(first.people()).hasSize(60 + 7);
  }
}
