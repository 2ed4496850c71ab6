package org.alliance.support.tally;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.alliance.support.Tallies;
import org.alliance.support.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code support.tally} true to the records. Triggers mark the months a change touches; every
 * few seconds this takes up to {@value #MONTHS_A_TURN} stale months (one refresher at a time on
 * every node, under an advisory lock) and rewrites each tally for them and for the months either
 * side that the same records can change in it ({@link TallyFacts#reach}) (a contact decides whether
 * an episode opened the month before was engaged; a new episode decides whether a discharge six
 * months before was followed by a re-presentation). Each turn is one transaction: figures move from
 * one true state to the next.
 */
@Component
class TallyRefresher {

  private static final Logger log = LoggerFactory.getLogger(TallyRefresher.class);
  private static final ZoneId UK = ZoneId.of("Europe/London");
  static final int MONTHS_A_TURN = 24;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final AtomicReference<LocalDate> settledOn = new AtomicReference<>();

  TallyRefresher(JdbcClient jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Scheduled(
      fixedDelayString = "${alliance.outcomes.refresh:10s}",
      initialDelayString = "${alliance.outcomes.refresh:10s}")
  void onSchedule() {
    if (Boolean.TRUE.equals(
        jdbc.sql("select paused from support.tally_version").query(Boolean.class).single())) {
      return;
    }
    markTimePassed();
    refreshAll();
  }

  /**
   * Turns until no stale month is left that another node does not hold; asked for directly, it does
   * not wait for a pause to end.
   */
  void refreshAll() {
    while (Boolean.TRUE.equals(transaction.execute(status -> turn()))) {
      // each turn commits its months before the next takes more
    }
  }

  /**
   * Figures that wait on time (28 days, 90 days, six months) settle without any record changing, so
   * once a day the months they can settle in are marked.
   */
  private void markTimePassed() {
    LocalDate today = LocalDate.now(UK);
    if (today.equals(settledOn.getAndSet(today))) {
      return;
    }
    YearMonth now = YearMonth.from(today);
    jdbc.sql(
            """
            insert into support.tally_stale (month)
              select cast(m as date) from generate_series(cast(:from as date), cast(:to as date),
                                                          interval '1 month') m
              on conflict (month) do nothing
            """)
        .param("from", now.minusMonths(7).atDay(1))
        .param("to", now.atDay(1))
        .update();
  }

  /** One turn; false when there was nothing to take. */
  private boolean turn() {
    holdTheTallies();
    List<LocalDate> stale =
        jdbc.sql(
                """
                select month from support.tally_stale
                 order by month limit :most for update skip locked
                """)
            .param("most", MONTHS_A_TURN)
            .query(LocalDate.class)
            .list();
    if (stale.isEmpty()) {
      return false;
    }
    YearMonth first = YearMonth.from(stale.get(0));
    YearMonth last = YearMonth.from(stale.get(stale.size() - 1));
    long started = System.nanoTime();
    boolean changed = false;
    for (Tally tally : Tally.values()) {
      TallyFacts.Reach reach = TallyFacts.reach(tally);
      changed |= rewrite(tally, first.minusMonths(reach.before()), last.plusMonths(reach.after()));
    }
    // Figures made from the tallies are kept by version: a turn that changed nothing (the daily
    // marking of recent months, a record saved unchanged) leaves them kept.
    if (changed) {
      moveVersion();
    }
    jdbc.sql("delete from support.tally_stale where month in (:months)")
        .param("months", stale)
        .update();
    log.debug(
        "Tallies for {} to {} recomputed in {} ms ({} months marked)",
        first,
        last,
        (System.nanoTime() - started) / 1_000_000,
        stale.size());
    return true;
  }

  /**
   * One rewrite at a time, on every node, until the transaction ends: two at once over months that
   * overlap would each delete the rows committed before them and both insert, counting twice.
   */
  private void holdTheTallies() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('support.tally'))").query(rs -> {});
  }

  /**
   * Rewrites every tally for the months, in the caller's transaction, and moves the version even if
   * nothing changed: whoever asks for a recomputation wants the figures made afresh.
   */
  void rewrite(YearMonth from, YearMonth to) {
    for (Tally tally : Tally.values()) {
      rewrite(tally, from, to);
    }
    moveVersion();
  }

  private void moveVersion() {
    jdbc.sql(
            """
            update support.tally_version
               set version = version + 1, refreshed_at = clock_timestamp()
            """)
        .update();
  }

  /**
   * Rewrites one tally for the months, in the caller's transaction; false when its rows came out as
   * they were, and are left alone.
   */
  private boolean rewrite(Tally tally, YearMonth from, YearMonth to) {
    holdTheTallies();
    // Every group first, in one pass over the facts, into a scratch table; then the five
    // breakdowns of those few thousand rows. CREATE TABLE AS may run in parallel where INSERT ...
    // SELECT may not (PostgreSQL plans no workers for a query that writes to a table), and the
    // facts are nearly all of the work. Grouping sets straight over the facts sorted millions of
    // rows once per breakdown.
    jdbc.sql("drop table if exists pg_temp.tally_fine").update();
    jdbc.sql(
            """
            create temp table tally_fine on commit drop as
            select support.tally_month(f.on_day) as month,
                   coalesce(f.member_id, p.registered_by_member) as member_id,
                   case
                     when p.date_of_birth is null then :notRecorded
                     when f.on_day < p.date_of_birth + interval '18 years' then 'under-18'
                     when f.on_day < p.date_of_birth + interval '25 years' then '18-24'
                     when f.on_day < p.date_of_birth + interval '35 years' then '25-34'
                     when f.on_day < p.date_of_birth + interval '50 years' then '35-49'
                     when f.on_day < p.date_of_birth + interval '65 years' then '50-64'
                     else '65-and-over'
                   end as age_band,
                   coalesce(nullif(trim(n.sex), ''), :notRecorded) as sex,
                   coalesce(nullif(trim(n.ethnicity), ''), :notRecorded) as ethnicity,
                   coalesce(support.postcode_area(p.postcode), :notRecorded) as area,
                   sum(f.numerator) as numerator, sum(f.denominator) as denominator
              from (%s) f
              join support.person p on p.id = f.person_id
              left join support.ndtms_client n on n.person_id = f.person_id
             group by 1, 2, 3, 4, 5, 6
            """
                .formatted(TallyFacts.sql(tally)))
        .param("first", from.atDay(1))
        .param("after", to.plusMonths(1).atDay(1))
        .param("notRecorded", Tallies.NOT_RECORDED)
        .update();
    jdbc.sql("drop table if exists pg_temp.tally_new").update();
    jdbc.sql(
            """
            create temp table tally_new on commit drop as
            select month, member_id,
                   case when grouping(age_band) = 0 then 'age-band'
                        when grouping(sex) = 0 then 'sex'
                        when grouping(ethnicity) = 0 then 'ethnicity'
                        when grouping(area) = 0 then 'area'
                        else 'member' end as dimension,
                   coalesce(age_band, sex, ethnicity, area, '') as group_key,
                   sum(numerator) as numerator, sum(denominator) as denominator
              from tally_fine
             group by grouping sets ((month, member_id), (month, member_id, age_band),
                                     (month, member_id, sex), (month, member_id, ethnicity),
                                     (month, member_id, area))
            """)
        .update();
    boolean changed =
        Boolean.TRUE.equals(
            jdbc.sql(
                    """
                    select exists (
                      (select month, member_id, dimension, group_key, numerator, denominator
                         from tally_new
                       except all
                       select month, member_id, dimension, group_key, numerator, denominator
                         from support.tally
                        where tally = :tally and month >= :first and month < :after)
                      union all
                      (select month, member_id, dimension, group_key, numerator, denominator
                         from support.tally
                        where tally = :tally and month >= :first and month < :after
                       except all
                       select month, member_id, dimension, group_key, numerator, denominator
                         from tally_new))
                    """)
                .param("tally", tally.code())
                .param("first", from.atDay(1))
                .param("after", to.plusMonths(1).atDay(1))
                .query(Boolean.class)
                .single());
    if (changed) {
      jdbc.sql(
              """
              delete from support.tally
               where tally = :tally and month >= :first and month < :after
              """)
          .param("tally", tally.code())
          .param("first", from.atDay(1))
          .param("after", to.plusMonths(1).atDay(1))
          .update();
      jdbc.sql(
              """
              insert into support.tally
                (month, tally, member_id, dimension, group_key, numerator, denominator)
              select month, :tally, member_id, dimension, group_key, numerator, denominator
                from tally_new
              """)
          .param("tally", tally.code())
          .update();
    }
    jdbc.sql("drop table tally_fine").update();
    jdbc.sql("drop table tally_new").update();
    return changed;
  }
}
