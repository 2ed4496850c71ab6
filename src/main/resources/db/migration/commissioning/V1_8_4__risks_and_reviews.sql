-- Risks at contract and alliance level, and contract reviews against checklists drawn from service
-- specifications. Users are named by id only (identity's table is another module's); pages look
-- their names up through identity's public API.

-- A risk: scored likelihood x impact (1-5 each) before and after its mitigations. Where only a
-- residual rating word is known (a published paper's table), the scores stay empty and the word is
-- kept as written. Bands (low, medium, high) are worked out in code from the scores, in one place.
create table commissioning.risk (
  id                  uuid primary key default gen_random_uuid(),
  seq                 bigint generated always as identity unique,
  level               text not null check (level in ('contract', 'alliance')),
  contract_id         uuid references commissioning.contract (id),
  area                text check (length(area) between 1 and 200),
  description         text not null check (length(description) between 1 and 2000),
  owner_name          text not null check (length(owner_name) between 1 and 200),
  owner_role          text not null check (length(owner_role) between 1 and 200),
  owner_user_id       uuid,
  likelihood          smallint check (likelihood between 1 and 5),
  impact              smallint check (impact between 1 and 5),
  mitigations         text[] not null check (cardinality(mitigations) between 1 and 20),
  residual_likelihood smallint check (residual_likelihood between 1 and 5),
  residual_impact     smallint check (residual_impact between 1 and 5),
  residual_rating     text check (residual_rating in ('low', 'medium', 'high')),
  review_on           date not null,
  status              text not null default 'open' check (status in ('open', 'closed')),
  version             integer not null default 1,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  check ((level = 'contract') = (contract_id is not null)),
  check ((likelihood is null) = (impact is null)),
  check ((residual_likelihood is null) = (residual_impact is null)),
  check (residual_likelihood is null or residual_rating is null)
);

create index risk_contract on commissioning.risk (contract_id);
create index risk_open_review on commissioning.risk (review_on) where status = 'open';
create index risk_owner on commissioning.risk (owner_user_id) where status = 'open';

-- Every version of every risk as it was saved, with who saved it and what changed: version 1 is
-- the risk as first written. Rows are only ever added.
create table commissioning.risk_version (
  risk_id             uuid not null references commissioning.risk (id),
  version             integer not null,
  changed_by          uuid,
  changed_by_name     text not null,
  changed_at          timestamptz not null default now(),
  changes             text[] not null,
  level               text not null,
  contract_id         uuid,
  area                text,
  description         text not null,
  owner_name          text not null,
  owner_role          text not null,
  owner_user_id       uuid,
  likelihood          smallint,
  impact              smallint,
  mitigations         text[] not null,
  residual_likelihood smallint,
  residual_impact     smallint,
  residual_rating     text,
  review_on           date not null,
  status              text not null,
  primary key (risk_id, version)
);

create or replace function commissioning.risk_version_is_history() returns trigger
language plpgsql as $$
begin
  raise exception 'a risk''s past versions are never changed';
end;
$$;

create trigger risk_version_append_only
  before update or delete on commissioning.risk_version
  for each row execute function commissioning.risk_version_is_history();

-- A checklist of criteria drawn from a service specification, in the order they are assessed.
create table commissioning.review_checklist (
  id            uuid primary key default gen_random_uuid(),
  name          text not null unique check (length(name) between 1 and 200),
  specification text not null check (length(specification) between 1 and 300),
  created_at    timestamptz not null default now()
);

create table commissioning.review_criterion (
  id           uuid primary key default gen_random_uuid(),
  checklist_id uuid not null references commissioning.review_checklist (id),
  position     integer not null check (position > 0),
  criterion    text not null check (length(criterion) between 1 and 500),
  guidance     text check (length(guidance) between 1 and 2000),
  unique (checklist_id, position)
);

-- A review of one contract on one date, against one checklist.
create table commissioning.contract_review (
  id           uuid primary key default gen_random_uuid(),
  contract_id  uuid not null references commissioning.contract (id),
  checklist_id uuid not null references commissioning.review_checklist (id),
  reviewed_on  date not null,
  status       text not null default 'in-progress' check (status in ('in-progress', 'completed')),
  version      integer not null default 0,
  created_by   uuid,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now()
);

create index contract_review_contract on commissioning.contract_review (contract_id);

-- What the reviewer found for each criterion; a criterion with no row is not assessed yet.
create table commissioning.review_assessment (
  review_id    uuid not null references commissioning.contract_review (id),
  criterion_id uuid not null references commissioning.review_criterion (id),
  evidence     text check (length(evidence) between 1 and 4000),
  rating       text not null default 'not-assessed'
               check (rating in ('red', 'amber', 'green', 'not-assessed')),
  comment      text check (length(comment) between 1 and 2000),
  primary key (review_id, criterion_id)
);

-- Something to do because of a review, by a named commissioning user, by a date.
create table commissioning.review_action (
  id            uuid primary key default gen_random_uuid(),
  review_id     uuid not null references commissioning.contract_review (id),
  description   text not null check (length(description) between 1 and 1000),
  owner_user_id uuid not null,
  due_on        date not null,
  status        text not null default 'open' check (status in ('open', 'done')),
  done_on       date,
  version       integer not null default 0,
  created_at    timestamptz not null default now(),
  check ((status = 'done') = (done_on is not null))
);

create index review_action_review on commissioning.review_action (review_id);
create index review_action_owner on commissioning.review_action (owner_user_id) where status = 'open';
