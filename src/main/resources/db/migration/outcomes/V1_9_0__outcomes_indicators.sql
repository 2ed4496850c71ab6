create schema outcomes;

-- Indicators are data. A definition is never changed in place: a change is a new version valid
-- from a later day, so a figure keeps the definition it was computed with.
create table outcomes.indicator (
  code        text    not null,
  version     integer not null,
  name        text    not null,
  description text    not null,
  numerator   text    not null,
  denominator text    not null,
  period      text    not null,
  target      numeric(7, 3),
  better      text    not null,
  -- The commissioning contract whose targets it carries; checked through commissioning's API, not
  -- a foreign key, so that each module's schema stands on its own.
  contract_id uuid,
  valid_from  date    not null,
  constraint indicator_pk primary key (code, version),
  constraint indicator_code_format check (code ~ '^[a-z][a-z0-9-]{1,40}$'),
  constraint indicator_version_positive check (version >= 1),
  constraint indicator_period check (period in ('month', 'quarter', 'year')),
  constraint indicator_better check (better in ('higher', 'lower')),
  constraint indicator_valid_from_unique unique (code, valid_from)
);

insert into outcomes.indicator
  (code, version, name, description, numerator, denominator, period, target, better, valid_from)
values
  ('did-not-attend-rate', 1, 'Did-not-attend rate',
   'Of the appointments that went ahead or were missed, the share people missed without cancelling.',
   'Contacts recorded as did-not-attend in the period.',
   'Contacts recorded as attended or did-not-attend in the period (cancellations left out).',
   'month', null, 'lower', date '2020-01-01');
