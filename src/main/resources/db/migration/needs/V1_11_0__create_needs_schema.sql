-- Needs (issue 19): area-level indicators, as the public health profiles publish them or as the
-- alliance keeps them, and population estimates by area, sex and single year of age.
create schema if not exists needs;

-- An indicator: the profiles' (source 'profiles', code its indicator id) or the alliance's own
-- (source 'local').
create table needs.indicator (
  id          uuid        not null default gen_random_uuid(),
  source      text        not null,
  code        text        not null,
  name        text        not null,
  -- how its values read: 'rate' per 100,000 (or per the multiplier), 'percentage', 'count', 'value'
  unit        text        not null default 'value',
  per         integer,
  -- whether a higher value means more need: 'higher-is-worse', 'higher-is-better', 'no-judgement'
  polarity    text        not null default 'no-judgement',
  added_at    timestamptz not null default now(),
  constraint indicator_pk primary key (id),
  constraint indicator_source check (source in ('profiles', 'local')),
  constraint indicator_unit check (unit in ('rate', 'percentage', 'count', 'value')),
  constraint indicator_polarity check (polarity in ('higher-is-worse', 'higher-is-better', 'no-judgement')),
  constraint indicator_name_length check (length(name) between 1 and 500),
  constraint indicator_code_length check (length(code) between 1 and 100)
);
create unique index indicator_source_code_ux on needs.indicator (source, code);

-- Each import, all or nothing, with who made it and what it held.
create table needs.indicator_import (
  id          uuid        not null default gen_random_uuid(),
  file_name   text        not null,
  kind        text        not null,
  rows        integer     not null,
  created     integer     not null,
  replaced    integer     not null,
  imported_by text        not null,
  imported_at timestamptz not null default now(),
  constraint indicator_import_pk primary key (id),
  constraint indicator_import_kind check (kind in ('profiles', 'population', 'local'))
);

-- One value of an indicator for an area, sex, age and period. A later import of the same period
-- replaces it (versioned by period: each period is its own row; the import that last wrote it is
-- named).
create table needs.indicator_value (
  indicator_id  uuid    not null references needs.indicator (id) on delete cascade,
  area_code     text    not null,
  sex           text    not null,
  age           text    not null,
  period        text    not null,
  -- the period's first year, for ordering a trend ("2019/20 - 21/22" sorts as 2019)
  period_order  integer not null,
  value         numeric,
  lower95       numeric,
  upper95       numeric,
  lower998      numeric,
  upper998      numeric,
  count         numeric,
  denominator   numeric,
  value_note    text,
  import_id     uuid    not null references needs.indicator_import (id),
  constraint indicator_value_pk primary key (indicator_id, area_code, sex, age, period)
);
create index indicator_value_area_ix on needs.indicator_value (area_code, indicator_id);

-- Population estimates by area, year, sex ('Persons', 'Male', 'Female') and single year of age
-- (90 is 90 and over).
create table needs.population (
  area_code  text    not null,
  year       integer not null,
  sex        text    not null,
  age        integer not null,
  people     numeric not null,
  import_id  uuid    not null references needs.indicator_import (id),
  constraint population_pk primary key (area_code, year, sex, age),
  constraint population_age check (age between 0 and 90),
  constraint population_people check (people >= 0),
  constraint population_sex check (sex in ('Persons', 'Male', 'Female'))
);
