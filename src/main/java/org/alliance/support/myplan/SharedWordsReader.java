package org.alliance.support.myplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.alliance.support.SharedWords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the words people agreed to share. Only the words, a member and a month leave the query; who
 * wrote them stays in the database, so a report cannot name anyone by mistake.
 */
@Component
class SharedWordsReader implements SharedWords {

  private final JdbcClient jdbc;

  SharedWordsReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Quote> writtenBetween(YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the months run backwards: " + from + " to " + to);
    }
    return jdbc.sql(
            """
            select w.words,
                   cast(date_trunc('month', w.written_at at time zone 'Europe/London') as date)
                     as month,
                   (select e.member_id from support.episode e
                     where e.person_id = w.person_id
                       and e.opened_on <= cast(w.written_at at time zone 'Europe/London' as date)
                     order by e.opened_on desc limit 1) as member_id
              from support.own_words w
             where w.shared_in_reports_at is not null
               and w.written_at >= cast(:first as date) at time zone 'Europe/London'
               and w.written_at < cast(:after as date) at time zone 'Europe/London'
             order by w.written_at, w.id
            """)
        .param("first", from.atDay(1))
        .param("after", to.plusMonths(1).atDay(1))
        .query(
            (rs, n) ->
                new Quote(
                    rs.getString("words"),
                    rs.getObject("member_id", UUID.class),
                    YearMonth.from(rs.getObject("month", LocalDate.class))))
        .list();
  }
}
