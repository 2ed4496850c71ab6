-- The contract register: a contract's terms, who provides it, which councils pay what share, its
-- extension options, its value year by year, the funding inside that value, its documents and the
-- directory services it pays for; the OHID grants beside the contracts; and each commissioner's
-- lead time for end-date alerts. Councils and providers' organisations are organisation ids, checked
-- in code through Organisations (no module reads another's tables). A financial year is the year it
-- starts in: 2023 means 2023/24, 1 April 2023 to 31 March 2024.

alter table commissioning.contract
  add column description     text check (length(description) <= 4000),
  add column host_council_id uuid,
  add column notice_months   integer not null default 0 check (notice_months between 0 and 60);

-- The councils paying for a contract and their shares. Whether the shares total exactly 100 is
-- checked in code (a check here would have to see every row at once); the host council is one of
-- them and takes the pennies (and the published rounding) that a division leaves over.
create table commissioning.contract_council (
  contract_id uuid not null references commissioning.contract (id) on delete cascade,
  council_id  uuid not null,
  percent     numeric(7,4) not null check (percent > 0 and percent <= 100),
  primary key (contract_id, council_id)
);

create table commissioning.contract_provider (
  id              uuid primary key default gen_random_uuid(),
  contract_id     uuid not null references commissioning.contract (id) on delete cascade,
  position        integer not null check (position between 1 and 100),
  name            text not null check (length(name) between 1 and 200),
  organisation_id uuid,
  role            text not null check (role in ('prime', 'member', 'subcontractor')),
  unique (contract_id, position)
);

-- "5+2+2": each option after the initial term, in order. Taking one moves the contract's end_on;
-- the furthest possible end is end_on plus every option still open.
create table commissioning.extension_option (
  id           uuid primary key default gen_random_uuid(),
  contract_id  uuid not null references commissioning.contract (id) on delete cascade,
  position     integer not null check (position between 1 and 20),
  months       integer not null check (months between 1 and 120),
  decide_by    date not null,
  state        text not null default 'open' check (state in ('open', 'taken', 'declined')),
  decided_on   date,
  unique (contract_id, position),
  check ((state = 'open') = (decided_on is null))
);

create table commissioning.contract_value (
  contract_id    uuid not null references commissioning.contract (id) on delete cascade,
  financial_year integer not null check (financial_year between 2000 and 2100),
  amount         numeric(14,2) not null check (amount >= 0),
  primary key (contract_id, financial_year)
);

-- Money inside a contract's value for the year, never added to it.
create table commissioning.funding_source (
  id             uuid primary key default gen_random_uuid(),
  contract_id    uuid not null references commissioning.contract (id) on delete cascade,
  financial_year integer not null check (financial_year between 2000 and 2100),
  kind           text not null
                 check (kind in ('core-public-health-grant', 'named-grant', 'partner-contribution')),
  name           text not null check (length(name) between 1 and 200),
  amount         numeric(14,2) not null check (amount >= 0),
  council_id     uuid,
  level          text not null
                 check (level in ('single-agency', 'aligned-budgets', 'pooled-budget')),
  created_at     timestamptz not null default now()
);
create index funding_source_contract on commissioning.funding_source (contract_id, financial_year);

create table commissioning.contract_document (
  id          uuid primary key default gen_random_uuid(),
  contract_id uuid not null references commissioning.contract (id) on delete cascade,
  title       text not null check (length(title) between 1 and 200),
  url         text not null check (url like 'https://%' and length(url) <= 2000),
  added_at    timestamptz not null default now()
);
create index contract_document_contract on commissioning.contract_document (contract_id);

-- Directory services are HSDS ids (text), looked up through the directory's public API.
create table commissioning.contract_service (
  contract_id          uuid not null references commissioning.contract (id) on delete cascade,
  directory_service_id text not null check (length(directory_service_id) between 1 and 200),
  primary key (contract_id, directory_service_id)
);
create index contract_service_by_service on commissioning.contract_service (directory_service_id);

-- A grant to the councils (OHID's supplementary substance misuse grants), beside the contracts.
create table commissioning.funding_grant (
  id              uuid primary key default gen_random_uuid(),
  name            text not null unique check (length(name) between 1 and 300),
  short_name      text not null check (length(short_name) between 1 and 40),
  issuer          text not null check (length(issuer) between 1 and 200),
  host_council_id uuid not null,
  note            text check (length(note) <= 2000),
  version         integer not null default 0,
  -- clock_timestamp, not now(): grants added in one transaction keep the order they were added in.
  created_at      timestamptz not null default clock_timestamp()
);

create table commissioning.grant_council (
  grant_id   uuid not null references commissioning.funding_grant (id) on delete cascade,
  council_id uuid not null,
  percent    numeric(7,4) not null check (percent > 0 and percent <= 100),
  primary key (grant_id, council_id)
);

create table commissioning.grant_amount (
  grant_id       uuid not null references commissioning.funding_grant (id) on delete cascade,
  financial_year integer not null check (financial_year between 2000 and 2100),
  amount         numeric(14,2) not null check (amount >= 0),
  primary key (grant_id, financial_year)
);

-- How far ahead each commissioner wants to hear of end dates, notice dates and option decisions.
create table commissioning.alert_preference (
  user_id     uuid primary key,
  lead_months integer not null check (lead_months between 1 and 36),
  updated_at  timestamptz not null default now()
);
