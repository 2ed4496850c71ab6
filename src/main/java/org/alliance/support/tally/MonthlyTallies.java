package org.alliance.support.tally;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.support.Tallies;
import org.alliance.support.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the roll-ups. Not audited as a read of anyone's record: they name no one. */
@Component
class MonthlyTallies implements Tallies {

  private final JdbcClient jdbc;
  private final TallyRefresher refresher;

  MonthlyTallies(JdbcClient jdbc, TallyRefresher refresher) {
    this.jdbc = jdbc;
    this.refresher = refresher;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Count> monthly(Tally tally, Dimension by, YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the months run backwards: " + from + " to " + to);
    }
    return jdbc.sql(
            """
            select month, member_id, group_key, numerator, denominator
              from support.tally
             where tally = :tally and dimension = :dimension
               and month >= :first and month <= :last
             order by month, member_id, group_key
            """)
        .param("tally", tally.code())
        .param("dimension", by.code())
        .param("first", from.atDay(1))
        .param("last", to.atDay(1))
        .query(
            (rs, n) ->
                new Count(
                    YearMonth.from(rs.getObject("month", LocalDate.class)),
                    rs.getObject("member_id", UUID.class),
                    by == Dimension.MEMBER ? null : rs.getString("group_key"),
                    rs.getInt("numerator"),
                    rs.getInt("denominator")))
        .list();
  }

  @Override
  public Map<String, Map<String, String>> labels() {
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    labels.put("sex", new LinkedHashMap<>());
    labels.put("ethnicity", new LinkedHashMap<>());
    jdbc.sql(
            """
            select list_code, code, label from support.ndtms_code
             where list_code in ('SEX', 'ETHNIC') order by valid_from
            """)
        .query(
            rs -> {
              String kind = rs.getString("list_code").equals("SEX") ? "sex" : "ethnicity";
              labels.get(kind).put(rs.getString("code"), rs.getString("label"));
            });
    return Map.of(
        "sex", Map.copyOf(labels.get("sex")), "ethnicity", Map.copyOf(labels.get("ethnicity")));
  }

  @Override
  public long version() {
    return jdbc.sql("select version from support.tally_version").query(Long.class).single();
  }

  @Override
  public void refreshNow() {
    refresher.refreshAll();
  }

  @Override
  @Transactional
  public void recompute(YearMonth from, YearMonth to) {
    refresher.rewrite(from, to);
  }
}
