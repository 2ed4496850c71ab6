package org.alliance.support.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.support.Attendance;
import org.alliance.support.Attendance.Count;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Support's attendance counts against a hand-built fixture: a member of its own (so other tests'
 * contacts do not count), months in 2021, and every edge the grouping has.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceCountsTests {

  @Autowired JdbcClient jdbc;
  @Autowired Attendance attendance;

  private final UUID member = UUID.randomUUID();
  private final UUID worker = UUID.randomUUID();

  private UUID person(LocalDate born) {
    return jdbc.sql(
            """
            insert into support.person (given_name, family_name, date_of_birth,
                                        registered_by_member, registered_by)
            values ('Zq', 'Attendance', :born, :member, :worker) returning id
            """)
        .param("born", born)
        .param("member", member)
        .param("worker", worker)
        .query(UUID.class)
        .single();
  }

  private void contact(UUID person, String at, String outcome) {
    jdbc.sql(
            """
            insert into support.contact (person_id, member_id, worker_id, mode, happens_at,
                                         outcome, recorded_by)
            values (:person, :member, :worker, 'phone', :at, :outcome, :worker)
            """)
        .param("person", person)
        .param("member", member)
        .param("worker", worker)
        .param("at", java.sql.Timestamp.from(Instant.parse(at)))
        .param("outcome", outcome)
        .update();
  }

  @BeforeAll
  void fixture() {
    UUID turnsEighteen = person(LocalDate.of(2003, 6, 15));
    jdbc.sql(
            """
            insert into support.ndtms_client (person_id, consent, consent_on, sex, updated_by)
            values (:person, 'given', date '2021-01-01', '2', :worker)
            """)
        .param("person", turnsEighteen)
        .param("worker", worker)
        .update();
    UUID fortyOne = person(LocalDate.of(1980, 1, 1));
    UUID noBirthday = person(null);
    contact(turnsEighteen, "2021-06-14T10:00:00Z", "attended"); // 17: under-18
    contact(turnsEighteen, "2021-06-15T10:00:00Z", "did-not-attend"); // 18 that day: 18-24
    contact(fortyOne, "2021-06-20T10:00:00Z", "did-not-attend");
    contact(fortyOne, "2021-06-21T10:00:00Z", "cancelled-by-person"); // recorded, neither
    contact(fortyOne, "2021-06-22T10:00:00Z", null); // no outcome yet: not counted
    contact(noBirthday, "2021-06-30T23:30:00Z", "attended"); // 00:30 on 1 July in London
    contact(noBirthday, "2021-05-31T22:59:00Z", "attended"); // 23:59 on 31 May: outside
  }

  @Test
  void countsByMonthAgeBandAndSexInUkTime() {
    YearMonth june = YearMonth.of(2021, 6);
    YearMonth july = YearMonth.of(2021, 7);
    assertThat(
            attendance.monthly(june, july).stream()
                .filter(count -> count.memberId().equals(member))
                .toList())
        .containsExactlyInAnyOrder(
            new Count(june, member, "under-18", "2", 1, 1, 0),
            new Count(june, member, "18-24", "2", 1, 0, 1),
            new Count(june, member, "35-49", Attendance.NOT_RECORDED, 2, 0, 1),
            new Count(july, member, Attendance.NOT_RECORDED, Attendance.NOT_RECORDED, 1, 1, 0));
  }
}
