-- Commissioning: how councils buy the alliance's services and how the alliance runs its money.
-- Money is numeric(14,2), pounds and pence, exact; rounding to published units happens in code, once.
create schema if not exists commissioning;

-- The register's spine: everything else in the module (terms, shares, funding, risks, reviews,
-- procurements, options) hangs off a contract. Columns for the register's details are added by the
-- register's own migration.
create table commissioning.contract (
  id          uuid primary key default gen_random_uuid(),
  reference   text not null unique check (length(reference) between 1 and 40),
  service     text not null check (length(service) between 1 and 300),
  status      text not null default 'active'
              check (status in ('planned', 'procuring', 'active', 'ending', 'ended')),
  start_on    date not null,
  end_on      date not null,
  version     integer not null default 0,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  check (end_on >= start_on)
);
