package org.alliance.support.ndtms;

/**
 * The national return's reading of a dormant person, written once for every query that needs it: an
 * episode with no recorded discharge whose person had no attended contact at the episode's member
 * for {@code alliance.support.dormant-after} (90 days) ended, as far as NDTMS is told, on the day
 * of that last contact (the treatment start if there was none), with the configured reason
 * ("dropped out"). The alliance record itself stays open (people are never closed for being quiet);
 * coming back after that is a new episode for NDTMS.
 *
 * <p>The first such gap counts, and only contacts up to {@code :asOf} are read, so a month's return
 * reads the same whenever it is made, and a later contact never reopens an ended episode. Needs
 * {@code e} (support.episode), {@code n} (support.ndtms_episode) and the parameters {@code :asOf}
 * and {@code :dormantDays}; gives {@code dormant.last_day}.
 */
final class DormantDischarge {

  static final String LATERAL =
      """
      left join lateral (
        select d.day as last_day
          from (select day, lead(day) over (order by day) as next_day
                  from (select coalesce(n.triaged_on, n.referred_on, e.opened_on) as day
                        union
                        select cast(c.happens_at at time zone 'Europe/London' as date)
                          from support.contact c
                         where c.person_id = e.person_id and c.member_id = e.member_id
                           and c.outcome = 'attended'
                           and cast(c.happens_at at time zone 'Europe/London' as date)
                               between coalesce(n.triaged_on, n.referred_on, e.opened_on)
                                   and cast(:asOf as date)) days) d
         where n.episode_id is not null and n.discharged_on is null
           and d.day + cast(:dormantDays as integer) < coalesce(d.next_day, cast(:asOf as date) + 1)
         order by d.day
         limit 1) dormant on true
      """;

  private DormantDischarge() {}
}
