-- Monthly roll-ups of what the outcomes framework counts (support.tally). Each row is one tally's
-- numerator and denominator for a month, a member and one group of people (an age band, a sex, an
-- ethnicity or an area), naming no one. They are recomputed from the records, never edited: a change to a record
-- marks its month stale (support.tally_stale) in the same transaction, and the refresher
-- (support.tally.TallyRefresher) recomputes stale months, with the months around them that the
-- same records can reach, a few seconds later. Figures are then sums over at most a few thousand
-- rows instead of counts over millions of contacts.
create table support.tally (
  month       date    not null,
  tally       text    not null,
  member_id   uuid    not null,
  -- One breakdown at a time, each within a member (a member's own figures are shown by any of
  -- them): 'member' (group_key ''), 'age-band', 'sex', 'ethnicity' or 'area'. Rows of every
  -- combination would be one per person at scale; rows of each breakdown are a few hundred a month.
  dimension   text    not null,
  group_key   text    not null,
  numerator   integer not null,
  denominator integer not null,
  constraint tally_first_of_month check (month = date_trunc('month', month)),
  constraint tally_dimension check (dimension in ('member', 'age-band', 'sex', 'ethnicity', 'area')),
  constraint tally_counts check (numerator >= 0 and denominator >= numerator)
);
create index tally_month_ix on support.tally (tally, dimension, month);

-- Months whose tallies may be out of date. A writer's trigger inserts the month; the refresher
-- locks the rows it takes (for update skip locked, so many nodes share the work) and deletes them
-- in the transaction that rewrites those months' tallies. A writer marking a month the refresher
-- holds waits for it, then marks it again: the change it made is never lost.
create table support.tally_stale (
  month     date        not null,
  marked_at timestamptz not null default clock_timestamp(),
  constraint tally_stale_pk primary key (month)
);

-- Moves on every refresh, so readers can cache figures for as long as it stays the same. paused
-- holds the scheduled refresher during a bulk load (the benchmark's generator drops the contact
-- table's indexes while it writes, and a refresh then would scan millions of rows per episode);
-- months are still marked, and caught up when it is released.
create table support.tally_version (
  only_row    boolean     not null default true,
  version     bigint      not null default 0,
  refreshed_at timestamptz,
  paused      boolean     not null default false,
  constraint tally_version_pk primary key (only_row),
  constraint tally_version_one_row check (only_row)
);
insert into support.tally_version (only_row) values (true);

-- Ranges the tallies read by date.
create index contact_happens_ix on support.contact (happens_at);
create index episode_opened_ix on support.episode (opened_on);
create index referral_sent_ix on support.referral (sent_at);
create index plan_goal_rating_rated_ix on support.plan_goal_rating (rated_on);
create index measure_recording_asked_ix on support.measure_recording (asked_on);
create index ndtms_episode_discharged_ix on support.ndtms_episode (discharged_on);

create function support.tally_month(day date) returns date
  language sql immutable parallel safe
  as $$ select cast(date_trunc('month', day) as date) $$;

create function support.tally_month(at timestamptz) returns date
  language sql immutable parallel safe
  as $$ select cast(date_trunc('month', at at time zone 'Europe/London') as date) $$;

-- Tables that change in bulk (imports, the benchmark's generator) mark months per statement, over
-- the statement's rows at once: a row trigger would cost each of a million rows an insert. The
-- trigger's arguments name the date columns whose months a row touches.
create function support.tally_mark_rows() returns trigger language plpgsql as $$
declare
  col text;
begin
  foreach col in array tg_argv loop
    if tg_op in ('INSERT', 'UPDATE') then
      execute format('insert into support.tally_stale (month)
                        select distinct support.tally_month(%1$I) from new_rows where %1$I is not null
                        on conflict (month) do nothing', col);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
      execute format('insert into support.tally_stale (month)
                        select distinct support.tally_month(%1$I) from old_rows where %1$I is not null
                        on conflict (month) do nothing', col);
    end if;
  end loop;
  return null;
end $$;

-- Transition tables allow one event per trigger, so each table has three.
create procedure support.tally_triggers(table_name text, variadic columns text[])
  language plpgsql as $$
declare
  args text := (select string_agg(quote_literal(c), ', ') from unnest(columns) c);
begin
  execute format('create trigger %1$s_tally_insert after insert on support.%1$I
                    referencing new table as new_rows for each statement
                    execute function support.tally_mark_rows(%2$s)', table_name, args);
  execute format('create trigger %1$s_tally_update after update on support.%1$I
                    referencing old table as old_rows new table as new_rows for each statement
                    execute function support.tally_mark_rows(%2$s)', table_name, args);
  execute format('create trigger %1$s_tally_delete after delete on support.%1$I
                    referencing old table as old_rows for each statement
                    execute function support.tally_mark_rows(%2$s)', table_name, args);
end $$;

call support.tally_triggers('contact', 'happens_at');
call support.tally_triggers('episode', 'opened_on', 'closed_on');
call support.tally_triggers('ndtms_episode', 'referred_on', 'triaged_on', 'discharged_on');
call support.tally_triggers('referral', 'sent_at');
call support.tally_triggers('plan_goal_rating', 'rated_on');
call support.tally_triggers('measure_recording', 'asked_on');
drop procedure support.tally_triggers(text, text[]);

-- Other records change one at a time: a row trigger names the months the row's dates fall in.
create function support.tally_mark(variadic days date[]) returns void language sql as $$
  insert into support.tally_stale (month)
    select distinct support.tally_month(d) from unnest(days) d where d is not null
    on conflict (month) do nothing
$$;

-- Substances and modalities decide a discharge's group and success: they mark its month. Set-based
-- too, since the benchmark's generator writes them in bulk.
create function support.tally_mark_episode_parts() returns trigger language plpgsql as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    insert into support.tally_stale (month)
      select distinct support.tally_month(n.discharged_on)
        from new_rows r join support.ndtms_episode n on n.episode_id = r.episode_id
       where n.discharged_on is not null
      on conflict (month) do nothing;
  end if;
  if tg_op in ('DELETE', 'UPDATE') then
    insert into support.tally_stale (month)
      select distinct support.tally_month(n.discharged_on)
        from old_rows r join support.ndtms_episode n on n.episode_id = r.episode_id
       where n.discharged_on is not null
      on conflict (month) do nothing;
  end if;
  return null;
end $$;
create trigger ndtms_substance_tally_insert after insert on support.ndtms_substance
  referencing new table as new_rows for each statement execute function support.tally_mark_episode_parts();
create trigger ndtms_substance_tally_update after update on support.ndtms_substance
  referencing old table as old_rows new table as new_rows for each statement execute function support.tally_mark_episode_parts();
create trigger ndtms_substance_tally_delete after delete on support.ndtms_substance
  referencing old table as old_rows for each statement execute function support.tally_mark_episode_parts();
create trigger ndtms_modality_tally_insert after insert on support.ndtms_modality
  referencing new table as new_rows for each statement execute function support.tally_mark_episode_parts();
create trigger ndtms_modality_tally_update after update on support.ndtms_modality
  referencing old table as old_rows new table as new_rows for each statement execute function support.tally_mark_episode_parts();
create trigger ndtms_modality_tally_delete after delete on support.ndtms_modality
  referencing old table as old_rows for each statement execute function support.tally_mark_episode_parts();

-- Who someone is (age, sex, ethnicity, area) decides their groups in every month they appear in,
-- and a birthday at 18 or 21 is a transitions month.
create function support.tally_mark_people(people uuid[]) returns void language sql as $$
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
    on conflict (month) do nothing
$$;

create function support.tally_mark_person() returns trigger language plpgsql as $$
begin
  perform support.tally_mark_people(array[new.id]);
  if old.date_of_birth is not null then
    perform support.tally_mark(cast(old.date_of_birth + interval '18 years' as date),
                               cast(old.date_of_birth + interval '21 years' as date));
  end if;
  return null;
end $$;
-- Only the columns that decide groups: the contact screens update last_contact_at on every contact,
-- and a row trigger whose condition is false costs next to nothing.
create trigger person_tally after update on support.person
  for each row
  when (old.date_of_birth is distinct from new.date_of_birth
        or old.postcode is distinct from new.postcode
        or old.merged_into is distinct from new.merged_into)
  execute function support.tally_mark_person();

create function support.tally_mark_clients() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform support.tally_mark_people(array(select person_id from new_rows));
  elsif tg_op = 'DELETE' then
    perform support.tally_mark_people(array(select person_id from old_rows));
  else
    perform support.tally_mark_people(array(
      select n.person_id from new_rows n join old_rows o on o.person_id = n.person_id
       where o.sex is distinct from n.sex or o.ethnicity is distinct from n.ethnicity));
  end if;
  return null;
end $$;
create trigger ndtms_client_tally_insert after insert on support.ndtms_client
  referencing new table as new_rows for each statement execute function support.tally_mark_clients();
create trigger ndtms_client_tally_update after update on support.ndtms_client
  referencing old table as old_rows new table as new_rows for each statement execute function support.tally_mark_clients();
create trigger ndtms_client_tally_delete after delete on support.ndtms_client
  referencing old table as old_rows for each statement execute function support.tally_mark_clients();

create function support.tally_mark_transition() returns trigger language plpgsql as $$
begin
  perform support.tally_mark(cast(p.date_of_birth + make_interval(years => t.milestone) as date),
                             t.planned_on, t.happened_on)
     from (select case when tg_op = 'DELETE' then old.person_id else new.person_id end as person_id,
                  case when tg_op = 'DELETE' then old.milestone else new.milestone end as milestone,
                  case when tg_op = 'DELETE' then old.planned_on else new.planned_on end as planned_on,
                  case when tg_op = 'DELETE' then old.happened_on else new.happened_on end as happened_on) t
     join support.person p on p.id = t.person_id;
  return null;
end $$;
create trigger transition_plan_tally after insert or update or delete on support.transition_plan
  for each row execute function support.tally_mark_transition();

-- Everything there is now is stale until the first refresh.
insert into support.tally_stale (month)
  select distinct support.tally_month(happens_at) from support.contact
  on conflict (month) do nothing;

-- The area a person lives in, as the outward part of their postcode ('PL1 2AB' -> 'PL1'): what
-- figures by area group by. Null when there is no postcode or it is too short to have one.
create function support.postcode_area(postcode text) returns text
  language sql immutable parallel safe
  as $$
    select case when length(compact) between 5 and 7 then left(compact, length(compact) - 3) end
      from (select upper(regexp_replace(postcode, '\s', '', 'g')) as compact) p
  $$;
