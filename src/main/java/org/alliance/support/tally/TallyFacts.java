package org.alliance.support.tally;

import org.alliance.support.Tally;

/**
 * What each tally counts, as SQL: one row per event or person, with the member whose work it was
 * (null: the member who registered the person), the person, the day it counts on, and 0 or 1 for
 * the numerator and the denominator. {@code :first} and {@code :after} bound the days counted
 * ({@code first <= day < after}). {@link TallyRefresher} groups the rows by month and by the
 * person's groups, so no row of these queries ever leaves the database.
 *
 * <p>Figures that wait on time (an episode's first 28 days, six months without re-presentation, 90
 * days without contact) count only once that time has passed, so a figure never shows someone as
 * not engaged who still may be; the refresher marks recent months stale each day for that reason.
 */
final class TallyFacts {

  private static final String FIRST =
      "cast(cast(:first as date) as timestamp) at time zone 'Europe/London'";
  private static final String AFTER =
      "cast(cast(:after as date) as timestamp) at time zone 'Europe/London'";

  private TallyFacts() {}

  /**
   * The months either side of a changed month that the same records can change in this tally: a
   * contact decides whether an episode opened the month before was engaged; a new episode decides
   * whether a discharge up to six months before re-presented; a contact ends or starts a dormant
   * spell up to six months either side (90 days, then 90 more to come back).
   */
  record Reach(int before, int after) {}

  static Reach reach(Tally tally) {
    return switch (tally) {
      case DID_NOT_ATTEND, PLANNED_TRANSITION, REFERRAL_CONVERSION -> new Reach(0, 0);
      case ENGAGED, STARTED_WITHIN_THREE_WEEKS -> new Reach(1, 0);
      // A rating or a start recording is what later ones are compared with.
      case GOALS_PROGRESSED, MEASURES_IMPROVED -> new Reach(0, 6);
      case COMPLETION_OPIATE, COMPLETION_NON_OPIATE, COMPLETION_ALCOHOL -> new Reach(6, 0);
      case DORMANT_RE_ENGAGED -> new Reach(6, 6);
    };
  }

  static String sql(Tally tally) {
    return switch (tally) {
      case DID_NOT_ATTEND ->
          """
          select c.member_id, c.person_id,
                 cast(c.happens_at at time zone 'Europe/London' as date) as on_day,
                 case when c.outcome = 'did-not-attend' then 1 else 0 end as numerator,
                 1 as denominator
            from support.contact c
           where c.outcome in ('attended', 'did-not-attend')
             and c.happens_at >= %s and c.happens_at < %s
          """
              .formatted(FIRST, AFTER);
      case ENGAGED ->
          """
          select e.member_id, e.person_id, e.opened_on as on_day,
                 case when (select count(*) from support.contact c
                             where c.person_id = e.person_id and c.member_id = e.member_id
                               and c.outcome = 'attended'
                               and c.happens_at >= cast(e.opened_on as timestamp) at time zone 'Europe/London'
                               and c.happens_at < cast(e.opened_on + 28 as timestamp) at time zone 'Europe/London'
                           ) >= 2 then 1 else 0 end as numerator,
                 1 as denominator
            from support.episode e
           where e.opened_on >= :first and e.opened_on < :after
             and e.opened_on + 28 <= current_date
          """;
      case STARTED_WITHIN_THREE_WEEKS ->
          """
          select e.member_id, e.person_id, e.opened_on as on_day,
                 case when cast(first_support.at at time zone 'Europe/London' as date)
                           - least(coalesce(n.referred_on, e.opened_on), e.opened_on) <= 21
                      then 1 else 0 end as numerator,
                 1 as denominator
            from support.episode e
            left join support.ndtms_episode n on n.episode_id = e.id
            left join lateral (
                  select min(c.happens_at) as at from support.contact c
                   where c.person_id = e.person_id and c.member_id = e.member_id
                     and c.outcome = 'attended'
                     and c.happens_at >= cast(least(coalesce(n.referred_on, e.opened_on), e.opened_on)
                                              as timestamp) at time zone 'Europe/London') first_support
                   on true
           where e.opened_on >= :first and e.opened_on < :after
             and e.opened_on + 21 <= current_date
          """;
      case GOALS_PROGRESSED ->
          """
          select cast(null as uuid) as member_id, r.person_id, r.rated_on as on_day,
                 case when r.score > previous.score then 1 else 0 end as numerator,
                 1 as denominator
            from support.plan_goal_rating r
            join lateral (
                  select q.score from support.plan_goal_rating q
                   where q.goal_id = r.goal_id
                     and (q.rated_on, q.recorded_at) < (r.rated_on, r.recorded_at)
                   order by q.rated_on desc, q.recorded_at desc limit 1) previous on true
           where r.rated_on >= :first and r.rated_on < :after
          """;
      case MEASURES_IMPROVED ->
          // Scores and items alike, wherever the definition says which way is better (TOP's items
          // carry it; a scored measure's scores do), each compared with the same measure's start.
          """
          select r.member_id, r.person_id, r.asked_on as on_day,
                 case when (s.better = 'higher' and s.now::numeric > s.before::numeric)
                        or (s.better = 'lower' and s.now::numeric < s.before::numeric)
                      then 1 else 0 end as numerator,
                 1 as denominator
            from support.measure_recording r
            join support.measure_version v on v.id = r.version_id
            join lateral (
                  select st.scores, st.answers from support.measure_recording st
                    join support.measure_version sv on sv.id = st.version_id
                   where st.person_id = r.person_id and sv.measure_id = v.measure_id
                     and st.stage = 'start' and st.asked_on <= r.asked_on
                   order by st.asked_on desc, st.recorded_at desc limit 1) start on true
            cross join lateral (
                  select x.better, r.scores -> x.code as now, start.scores -> x.code as before
                    from jsonb_to_recordset(
                           case when jsonb_typeof(v.definition -> 'scores') = 'array'
                                then v.definition -> 'scores' else '[]'::jsonb end)
                         as x(code text, better text)
                  union all
                  select x.better, r.answers -> x.code, start.answers -> x.code
                    from jsonb_to_recordset(
                           case when jsonb_typeof(v.definition -> 'items') = 'array'
                                then v.definition -> 'items' else '[]'::jsonb end)
                         as x(code text, better text)) s
           where r.stage = 'review' and r.asked_on >= :first and r.asked_on < :after
             and s.better in ('higher', 'lower')
             and jsonb_typeof(s.now) = 'number' and jsonb_typeof(s.before) = 'number'
          """;
      case COMPLETION_OPIATE -> completions("opiate");
      case COMPLETION_NON_OPIATE -> completions("non-opiate");
      case COMPLETION_ALCOHOL -> completions("alcohol");
      case PLANNED_TRANSITION ->
          """
          select coalesce(t.member_id, in_support.member_id) as member_id, p.id as person_id,
                 b.birthday as on_day,
                 case when t.happened_as = 'planned' then 1 else 0 end as numerator,
                 1 as denominator
            from support.person p
            cross join lateral (
                  select a as milestone, cast(p.date_of_birth + make_interval(years => a) as date) as birthday
                    from unnest(array[18, 21]) a) b
            join lateral (
                  select e.member_id from support.episode e
                   where e.person_id = p.id and e.opened_on <= b.birthday
                     and (e.closed_on is null or e.closed_on >= b.birthday)
                   order by e.opened_on limit 1) in_support on true
            left join support.transition_plan t on t.person_id = p.id and t.milestone = b.milestone
           where p.date_of_birth >= cast(:first as date) - interval '21 years'
             and p.date_of_birth < cast(:after as date) - interval '18 years'
             and b.birthday >= :first and b.birthday < :after
          """;
      case REFERRAL_CONVERSION ->
          """
          select r.to_member as member_id, r.person_id,
                 cast(r.sent_at at time zone 'Europe/London' as date) as on_day,
                 case when r.status in ('started', 'completed') then 1 else 0 end as numerator,
                 1 as denominator
            from support.referral r
           where r.to_member is not null and r.status <> 'withdrawn'
             and r.sent_at >= %s and r.sent_at < %s
          """
              .formatted(FIRST, AFTER);
      case DORMANT_RE_ENGAGED ->
          """
          with attended as (
            select c.person_id, c.member_id,
                   cast(c.happens_at at time zone 'Europe/London' as date) as day,
                   lead(cast(c.happens_at at time zone 'Europe/London' as date))
                     over (partition by c.person_id order by c.happens_at) as next_day
              from support.contact c
             where c.outcome = 'attended'
               and c.happens_at >= cast(cast(:first as date) - 90 as timestamp) at time zone 'Europe/London'
               and c.happens_at < cast(cast(:after as date) + 90 as timestamp) at time zone 'Europe/London'
          )
          select a.member_id, a.person_id, a.day + 90 as on_day,
                 case when a.next_day <= a.day + 180 then 1 else 0 end as numerator,
                 1 as denominator
            from attended a
           where (a.next_day is null or a.next_day > a.day + 90)
             and a.day + 90 >= :first and a.day + 90 < :after
             and a.day + 180 <= current_date
             and exists (select 1 from support.episode e
                          where e.person_id = a.person_id and e.member_id = a.member_id
                            and e.opened_on <= a.day + 90
                            and (e.closed_on is null or e.closed_on >= a.day + 90))
          """;
    };
  }

  /**
   * Successful completion without re-presentation as {@code support.ndtms.Completions} defines it
   * (its class comment has the rules), counted on the recorded discharge date, by substance group:
   * opiate (any opiate presenting), alcohol (alcohol and nothing else), non-opiate (the rest).
   * Episodes with no substance recorded are in no group.
   */
  private static String completions(String group) {
    return """
        with discharged as (
          select e.id, e.person_id, e.member_id, n.discharged_on, n.discharge_reason,
                 case when exists (select 1 from support.ndtms_substance s
                                     join support.ndtms_code sc on sc.list_code = 'DRUG' and sc.code = s.substance
                                    where s.episode_id = e.id and sc.class = 'opiate') then 'opiate'
                      when not exists (select 1 from support.ndtms_substance s where s.episode_id = e.id)
                        then 'not-recorded'
                      when not exists (select 1 from support.ndtms_substance s
                                         left join support.ndtms_code sc on sc.list_code = 'DRUG' and sc.code = s.substance
                                        where s.episode_id = e.id and sc.class is distinct from 'alcohol')
                        then 'alcohol'
                      else 'non-opiate' end as substance_group
            from support.ndtms_episode n
            join support.episode e on e.id = n.episode_id
           where n.discharged_on >= :first and n.discharged_on < :after
             and cast(n.discharged_on + interval '6 months' as date) < current_date
        )
        select d.member_id, d.person_id, d.discharged_on as on_day,
               case when reason.class = 'S'
                     and not (d.substance_group = 'opiate' and exists (
                           select 1 from support.ndtms_modality m
                             join support.ndtms_code mc on mc.list_code = 'MODAL' and mc.code = m.modality
                            where m.episode_id = d.id and mc.class = 'substitute'
                              and (m.ended_on is null or m.ended_on > d.discharged_on)))
                     and not exists (
                           select 1 from support.episode e2
                             join support.ndtms_episode n2 on n2.episode_id = e2.id
                            where e2.person_id = d.person_id and e2.id <> d.id
                              and coalesce(n2.triaged_on, n2.referred_on, e2.opened_on)
                                  between d.discharged_on
                                      and cast(d.discharged_on + interval '6 months' as date))
                    then 1 else 0 end as numerator,
               1 as denominator
          from discharged d
          left join lateral (
                select c.class from support.ndtms_code c
                 where c.list_code = 'DISRSN' and c.code = d.discharge_reason
                 order by c.valid_from desc limit 1) reason on true
         where d.substance_group = '%s'
        """
        .formatted(group);
  }
}
