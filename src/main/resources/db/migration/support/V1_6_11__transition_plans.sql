-- Transitions at 18 and 21 (support.transition): a plan per milestone, naming the receiving
-- service by its directory id (its current details come from the directory each time; the name
-- kept here is only for when the service has left the directory), what the person wants from the
-- move in their own words, the planned date, and the transition once it happened. The reminders
-- before each birthday are worked out from the date of birth and never stored.
create table support.transition_plan (
  id              uuid        not null default gen_random_uuid(),
  person_id       uuid        not null,
  milestone       integer     not null,
  service_id      text,
  service_name    text,
  wishes          text,
  planned_on      date,
  happened_on     date,
  happened_as     text,
  member_id       uuid        not null,
  recorded_by     uuid        not null,
  recorded_at     timestamptz not null default now(),
  changed_by      uuid        not null,
  changed_at      timestamptz not null default now(),
  version         integer     not null default 0,
  constraint transition_plan_pk primary key (id),
  constraint transition_plan_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint transition_plan_one_per_milestone unique (person_id, milestone),
  constraint transition_plan_milestone check (milestone in (18, 21)),
  constraint transition_plan_happened check ((happened_on is null) = (happened_as is null)),
  constraint transition_plan_happened_as check (happened_as is null or happened_as in ('planned', 'unplanned')),
  constraint transition_plan_wishes_length check (wishes is null or length(wishes) <= 2000),
  constraint transition_plan_service_length check (service_id is null or length(service_id) <= 200)
);
