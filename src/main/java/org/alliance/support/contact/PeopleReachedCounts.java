package org.alliance.support.contact;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.support.PeopleReached;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts people reached in one grouped query, so only counts leave the database. Like support's
 * monthly tallies, it reads no one's record as such.
 */
@Component
class PeopleReachedCounts implements PeopleReached {

  private final JdbcClient jdbc;

  PeopleReachedCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Reached between(YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the months run backwards: " + from + " to " + to);
    }
    Map<UUID, Integer> byMember = new LinkedHashMap<>();
    jdbc.sql(
            """
            with first_reached as (
              select distinct on (c.person_id) c.person_id, c.member_id
                from support.contact c
               where c.outcome = 'attended'
                 and c.happens_at >= cast(:first as date) at time zone 'Europe/London'
                 and c.happens_at < cast(:after as date) at time zone 'Europe/London'
               order by c.person_id, c.happens_at, c.id
            )
            select member_id, count(*) as people
              from first_reached
             group by member_id
             order by member_id
            """)
        .param("first", from.atDay(1))
        .param("after", to.plusMonths(1).atDay(1))
        .query((rs, n) -> byMember.put(rs.getObject("member_id", UUID.class), rs.getInt("people")))
        .list();
    return new Reached(byMember);
  }
}
