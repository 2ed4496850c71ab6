package org.alliance.support.contact;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.alliance.support.Attendance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts contacts in one grouped query: the database does the counting, so no person's row ever
 * leaves it. Not audited as a read of anyone's record, since it reads no one's record as such.
 */
@Component
class AttendanceCounts implements Attendance {

  private final JdbcClient jdbc;

  AttendanceCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Count> monthly(YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the months run backwards: " + from + " to " + to);
    }
    return jdbc.sql(
            """
            with contact_day as (
              select c.member_id, c.outcome, p.date_of_birth, n.sex,
                     cast(c.happens_at at time zone 'Europe/London' as date) as on_day
                from support.contact c
                join support.person p on p.id = c.person_id
                left join support.ndtms_client n on n.person_id = c.person_id
               where c.outcome is not null
                 and c.happens_at >= cast(:first as date) at time zone 'Europe/London'
                 and c.happens_at < cast(:after as date) at time zone 'Europe/London'
            ), banded as (
              select member_id, outcome,
                     cast(date_trunc('month', on_day) as date) as month,
                     coalesce(nullif(trim(sex), ''), :notRecorded) as sex,
                     case
                       when date_of_birth is null then :notRecorded
                       when extract(year from age(on_day, date_of_birth)) < 18 then 'under-18'
                       when extract(year from age(on_day, date_of_birth)) < 25 then '18-24'
                       when extract(year from age(on_day, date_of_birth)) < 35 then '25-34'
                       when extract(year from age(on_day, date_of_birth)) < 50 then '35-49'
                       when extract(year from age(on_day, date_of_birth)) < 65 then '50-64'
                       else '65-and-over'
                     end as age_band
                from contact_day
            )
            select month, member_id, age_band, sex,
                   count(*) as recorded,
                   count(*) filter (where outcome = 'attended') as attended,
                   count(*) filter (where outcome = 'did-not-attend') as did_not_attend
              from banded
             group by month, member_id, age_band, sex
             order by month, member_id, age_band, sex
            """)
        .param("first", from.atDay(1))
        .param("after", to.plusMonths(1).atDay(1))
        .param("notRecorded", NOT_RECORDED)
        .query(
            (rs, n) ->
                new Count(
                    YearMonth.from(rs.getObject("month", LocalDate.class)),
                    rs.getObject("member_id", UUID.class),
                    rs.getString("age_band"),
                    rs.getString("sex"),
                    rs.getInt("recorded"),
                    rs.getInt("attended"),
                    rs.getInt("did_not_attend")))
        .list();
  }
}
