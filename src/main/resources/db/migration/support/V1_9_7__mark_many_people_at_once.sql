-- Marking the months of many people at once (an NDTMS import, the benchmark's generator writing
-- 300,000 clients) with "person_id = any(people)" compared every contact with every person: it ran
-- for more than ten minutes without ending. Past a few hundred people, nearly every month with any
-- record is touched anyway, so every month from the earliest record to this one is marked (five
-- index lookups), and the refresher recomputes them as it would after a full import.
create or replace function support.tally_mark_people(people uuid[]) returns void
  language plpgsql as $$
declare
  earliest date;
begin
  if coalesce(cardinality(people), 0) = 0 then
    return;
  end if;
  if cardinality(people) > 500 then
    select least((select support.tally_month(min(happens_at)) from support.contact),
                 (select support.tally_month(min(opened_on)) from support.episode),
                 (select support.tally_month(min(sent_at)) from support.referral),
                 (select support.tally_month(min(rated_on)) from support.plan_goal_rating),
                 (select support.tally_month(min(asked_on)) from support.measure_recording))
      into earliest;
    if earliest is not null then
      insert into support.tally_stale (month)
        select cast(m as date)
          from generate_series(cast(earliest as timestamp),
                               cast(support.tally_month(current_date) as timestamp),
                               interval '1 month') m
        on conflict (month) do nothing;
    end if;
    return;
  end if;
  insert into support.tally_stale (month)
    select distinct m from (
      select support.tally_month(c.happens_at) as m from support.contact c where c.person_id = any(people)
      union all select support.tally_month(e.opened_on) from support.episode e where e.person_id = any(people)
      union all select support.tally_month(cast(p.date_of_birth + make_interval(years => a) as date))
              from support.person p, unnest(array[18, 21]) a
             where p.id = any(people) and p.date_of_birth is not null
      union all select support.tally_month(r.sent_at) from support.referral r where r.person_id = any(people)
      union all select support.tally_month(g.rated_on) from support.plan_goal_rating g where g.person_id = any(people)
      union all select support.tally_month(m.asked_on) from support.measure_recording m where m.person_id = any(people)
    ) months
    where m is not null
    on conflict (month) do nothing;
end $$;
