-- Before-and-after comparisons for a cohort: the figures an alliance enters or imports about a
-- group of people it supported (hospital admissions and bed days, as in Plymouth's results), for
-- a period before their support and one after. The figures come from partners (the hospital, the
-- ambulance service, the police), not from the record, so they are stored as given, with their
-- source.
create table outcomes.cohort (
  id          uuid        not null default gen_random_uuid(),
  name        text        not null,
  description text        not null default '',
  people      integer     not null,
  before_from date        not null,
  before_to   date        not null,
  after_from  date        not null,
  after_to    date        not null,
  source      text        not null,
  -- Moves on every change, so two people editing one cohort at once cannot overwrite each other.
  version     integer     not null default 1,
  created_at  timestamptz not null default now(),
  changed_at  timestamptz not null default now(),
  changed_by  text        not null,
  constraint cohort_pk primary key (id),
  constraint cohort_name_length check (char_length(name) between 1 and 120),
  constraint cohort_description_length check (char_length(description) <= 2000),
  constraint cohort_source_length check (char_length(source) between 1 and 300),
  constraint cohort_people_range check (people between 0 and 10000000),
  constraint cohort_before_in_order check (before_from <= before_to),
  constraint cohort_after_in_order check (after_from <= after_to),
  -- "Before" is before: the comparison means nothing if the periods overlap.
  constraint cohort_before_first check (before_to < after_from)
);

-- A cohort is found by its name in imports, so one name is one cohort, whatever its case.
create unique index cohort_name_unique on outcomes.cohort (lower(name));

create table outcomes.cohort_figure (
  cohort_id uuid    not null references outcomes.cohort (id) on delete cascade,
  measure   text    not null,
  before    integer not null,
  after     integer not null,
  constraint cohort_figure_pk primary key (cohort_id, measure),
  constraint cohort_figure_measure check (measure in ('hospital-admissions', 'bed-days',
    'emergency-attendances', 'ambulance-call-outs', 'arrests')),
  constraint cohort_figure_range check (before between 0 and 100000000
                                        and after between 0 and 100000000)
);
