-- Procurement: the routes services are bought under, procurements in stages with weighted
-- questions, bidders, evaluators who score alone and declare conflicts, moderation to a consensus
-- score with its reason, the award decision and its standstill.

-- The routes, as data. A route's regime decides its standstill rule:
--   psr    The Health Care Services (Provider Selection Regime) Regulations 2023, regulation 12:
--          the standstill begins on the day after the notice of intention is published and ends
--          at midnight at the end of the 8th working day after the day it begins. Direct award
--          processes A and B have none.
--   pa2023 The Procurement Act 2023, section 51: eight working days beginning with the day the
--          contract award notice is published.
create table commissioning.procurement_route (
  code             text primary key,
  regime           text not null check (regime in ('psr', 'pa2023')),
  name             text not null,
  description      text not null,
  standstill       boolean not null,
  competitive      boolean not null,
  position         integer not null unique
);

insert into commissioning.procurement_route (code, regime, name, description, standstill, competitive, position) values
('psr-direct-a', 'psr', 'Direct award process A',
 'Health care services with an existing provider that is the only capable provider (regulation 6(3)). No competition and no standstill; an award notice is published.',
 false, false, 1),
('psr-direct-b', 'psr', 'Direct award process B',
 'Health care services where people choose their provider and every provider meeting the requirements is awarded a contract (regulation 6(4)). No standstill.',
 false, false, 2),
('psr-direct-c', 'psr', 'Direct award process C',
 'Health care services whose existing provider is satisfying the contract and likely to satisfy the new one, with no considerable change (regulation 6(5) and 9). Assessed against the key criteria; a standstill follows the notice of intention.',
 true, false, 3),
('psr-most-suitable', 'psr', 'Most suitable provider process',
 'Health care services awarded to the provider the authority identifies as most suitable, without a competition, by assessing providers against the key criteria (regulation 10). A standstill follows the notice of intention.',
 true, false, 4),
('psr-competitive', 'psr', 'Competitive process',
 'Health care services, such as drug and alcohol treatment, tendered competitively and assessed against the key criteria (regulation 11). The authority may run it in stages. A standstill follows the notice of intention.',
 true, true, 5),
('pa-open', 'pa2023', 'Open procedure',
 'Services that are not health care services, such as workforce training or a case-management system: a single-stage tender open to any supplier (Procurement Act 2023, section 20(2)(a)).',
 true, true, 6),
('pa-competitive-flexible', 'pa2023', 'Competitive flexible procedure',
 'Services that are not health care services, by a procedure the authority designs, for example a participation stage, initial tenders, negotiation and final tenders (Procurement Act 2023, section 20(2)(b)).',
 true, true, 7),
('pa-direct-award', 'pa2023', 'Direct award',
 'Services that are not health care services, awarded without a competition where a justification in Schedule 5 applies, such as a single capable supplier (Procurement Act 2023, sections 41 and 43). A transparency notice comes first; the standstill applies unless exempt.',
 true, false, 8);

-- The scoring headings a new procurement on the route starts with. For the PSR's competitive and
-- most suitable provider processes (and direct award C's assessment) these are the key criteria
-- of regulation 5.
create table commissioning.procurement_route_heading (
  route_code  text not null references commissioning.procurement_route(code),
  position    integer not null,
  heading     text not null,
  weight      numeric(5,2) not null,
  primary key (route_code, position)
);

insert into commissioning.procurement_route_heading (route_code, position, heading, weight)
select r.code, h.position, h.heading, h.weight
  from commissioning.procurement_route r
  cross join (values
    (1, 'Quality and innovation', 20.00),
    (2, 'Value', 20.00),
    (3, 'Integration, collaboration and service sustainability', 20.00),
    (4, 'Improving access, reducing health inequalities and facilitating choice', 20.00),
    (5, 'Social value', 20.00)) as h(position, heading, weight)
 where r.code in ('psr-direct-c', 'psr-most-suitable', 'psr-competitive');

insert into commissioning.procurement_route_heading (route_code, position, heading, weight)
select r.code, h.position, h.heading, h.weight
  from commissioning.procurement_route r
  cross join (values
    (1, 'Quality of the proposed service', 40.00),
    (2, 'Price', 40.00),
    (3, 'Social value', 20.00)) as h(position, heading, weight)
 where r.code in ('pa-open', 'pa-competitive-flexible');

-- England and Wales bank holidays, from GOV.UK's "UK bank holidays"
-- (https://www.gov.uk/bank-holidays, bank-holidays.json, division england-and-wales), Open
-- Government Licence v3.0. They include Christmas Day and Good Friday, which both Acts name, and
-- the substitute days. A standstill ending in a year not listed here is refused, not guessed: add
-- the year's rows by a new migration when GOV.UK publishes them.
create table commissioning.bank_holiday (
  day   date primary key,
  name  text not null
);

insert into commissioning.bank_holiday (day, name) values
('2024-01-01', 'New Year''s Day'), ('2024-03-29', 'Good Friday'), ('2024-04-01', 'Easter Monday'),
('2024-05-06', 'Early May bank holiday'), ('2024-05-27', 'Spring bank holiday'),
('2024-08-26', 'Summer bank holiday'), ('2024-12-25', 'Christmas Day'), ('2024-12-26', 'Boxing Day'),
('2025-01-01', 'New Year''s Day'), ('2025-04-18', 'Good Friday'), ('2025-04-21', 'Easter Monday'),
('2025-05-05', 'Early May bank holiday'), ('2025-05-26', 'Spring bank holiday'),
('2025-08-25', 'Summer bank holiday'), ('2025-12-25', 'Christmas Day'), ('2025-12-26', 'Boxing Day'),
('2026-01-01', 'New Year''s Day'), ('2026-04-03', 'Good Friday'), ('2026-04-06', 'Easter Monday'),
('2026-05-04', 'Early May bank holiday'), ('2026-05-25', 'Spring bank holiday'),
('2026-08-31', 'Summer bank holiday'), ('2026-12-25', 'Christmas Day'),
('2026-12-28', 'Boxing Day (substitute day)'),
('2027-01-01', 'New Year''s Day'), ('2027-03-26', 'Good Friday'), ('2027-03-29', 'Easter Monday'),
('2027-05-03', 'Early May bank holiday'), ('2027-05-31', 'Spring bank holiday'),
('2027-08-30', 'Summer bank holiday'), ('2027-12-27', 'Christmas Day (substitute day)'),
('2027-12-28', 'Boxing Day (substitute day)');

create table commissioning.procurement (
  id                 uuid primary key default gen_random_uuid(),
  title              text not null check (length(title) between 1 and 200),
  contract_id        uuid references commissioning.contract(id),
  route_code         text not null references commissioning.procurement_route(code),
  status             text not null default 'open'
                     check (status in ('open', 'award-decided', 'cancelled')),
  starts_on          date not null,
  award_decided_on   date,
  awarded_bidder_id  uuid,
  award_reason       text check (length(award_reason) <= 2000),
  version            integer not null default 0,
  created_by         uuid not null,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now()
);

create table commissioning.procurement_stage (
  id              uuid primary key default gen_random_uuid(),
  procurement_id  uuid not null references commissioning.procurement(id),
  position        integer not null,
  name            text not null check (length(name) between 1 and 200),
  unique (procurement_id, position)
);

-- A pass/fail question has no scale and no weight; a scored one is out of 5 or 100 and carries a
-- weight, the stage's scored weights totalling 100 before anyone may score (checked in code, since
-- a stage is built one question at a time).
create table commissioning.tender_question (
  id          uuid primary key default gen_random_uuid(),
  stage_id    uuid not null references commissioning.procurement_stage(id),
  position    integer not null,
  heading     text not null check (length(heading) between 1 and 300),
  kind        text not null check (kind in ('pass-fail', 'scored')),
  scale_max   integer check (scale_max in (5, 100)),
  weight      numeric(5,2) check (weight > 0 and weight <= 100),
  unique (stage_id, position),
  check ((kind = 'pass-fail' and scale_max is null and weight is null)
      or (kind = 'scored' and scale_max is not null and weight is not null))
);

create table commissioning.bidder (
  id              uuid primary key default gen_random_uuid(),
  procurement_id  uuid not null references commissioning.procurement(id),
  name            text not null check (length(name) between 1 and 200),
  organisation    text check (length(organisation) <= 200),
  created_at      timestamptz not null default now()
);
create unique index bidder_name on commissioning.bidder (procurement_id, lower(name));

alter table commissioning.procurement
  add foreign key (awarded_bidder_id) references commissioning.bidder(id);

-- Evaluators are commissioner accounts; the name is kept as it was when they were assigned.
create table commissioning.evaluator (
  procurement_id  uuid not null references commissioning.procurement(id),
  user_id         uuid not null references identity.app_user(id),
  name            text not null,
  assigned_at     timestamptz not null default now(),
  primary key (procurement_id, user_id)
);

-- Each evaluator's declaration about each bidder, made before scoring it: none, or a conflict with
-- its detail. A declaration is never edited; "none" may later be followed by a conflict.
create table commissioning.conflict_declaration (
  procurement_id  uuid not null,
  user_id         uuid not null,
  bidder_id       uuid not null references commissioning.bidder(id),
  conflicted      boolean not null,
  detail          text check (length(detail) <= 2000),
  declared_at     timestamptz not null default now(),
  primary key (procurement_id, user_id, bidder_id, conflicted),
  foreign key (procurement_id, user_id) references commissioning.evaluator(procurement_id, user_id),
  check (not conflicted or detail is not null)
);

create table commissioning.evaluation_score (
  question_id  uuid not null references commissioning.tender_question(id),
  bidder_id    uuid not null references commissioning.bidder(id),
  user_id      uuid not null,
  score        integer check (score between 0 and 100),
  passed       boolean,
  rationale    text not null check (length(rationale) between 1 and 4000),
  updated_at   timestamptz not null default now(),
  primary key (question_id, bidder_id, user_id),
  check ((score is null) <> (passed is null))
);

-- Submitting a stage locks the evaluator's scores in it; only then, once everyone has, does
-- anyone see anyone else's.
create table commissioning.evaluation_submission (
  stage_id      uuid not null references commissioning.procurement_stage(id),
  user_id       uuid not null,
  submitted_at  timestamptz not null default now(),
  primary key (stage_id, user_id)
);

create table commissioning.moderated_score (
  question_id   uuid not null references commissioning.tender_question(id),
  bidder_id     uuid not null references commissioning.bidder(id),
  score         integer check (score between 0 and 100),
  passed        boolean,
  reason        text not null check (length(reason) between 1 and 4000),
  moderated_by  uuid not null,
  moderator     text not null,
  version       integer not null default 1,
  moderated_at  timestamptz not null default now(),
  primary key (question_id, bidder_id),
  check ((score is null) <> (passed is null))
);
