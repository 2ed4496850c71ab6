-- The options appraisal: scenarios built on the register's contracts. A scenario says, for each
-- contract it touches, which action is needed by when (extend, vary, a competitive process, a
-- direct award under the Provider Selection Regime...), the new end date and the cost in each
-- financial year of the scenario's appraisal period; and its advantages, disadvantages and risks.
-- Councils' shares of a cost are not stored: they are worked out from the contract's shares by the
-- register's one split rule, so they can never disagree with the register.

create table commissioning.option_scenario (
  id          uuid primary key default gen_random_uuid(),
  name        text not null unique check (length(name) between 1 and 200),
  description text check (length(description) <= 4000),
  -- The financial years the scenario is costed over (2024 = 2024/25), at most fifteen of them.
  first_year  integer not null check (first_year between 2000 and 2100),
  last_year   integer not null check (last_year between 2000 and 2100),
  archived    boolean not null default false,
  version     integer not null default 0,
  created_at  timestamptz not null default clock_timestamp(),
  updated_at  timestamptz not null default now(),
  check (last_year >= first_year and last_year - first_year < 15)
);

create table commissioning.scenario_action (
  id          uuid primary key default gen_random_uuid(),
  scenario_id uuid not null references commissioning.option_scenario (id) on delete cascade,
  contract_id uuid not null references commissioning.contract (id) on delete cascade,
  action      text not null check (action in ('extend', 'vary', 'continue', 'competitive',
                'negotiated', 'framework', 'psr-direct-a', 'psr-direct-b', 'psr-direct-c',
                'psr-most-suitable', 'expire')),
  decide_by   date not null,
  new_end_on  date,
  note        text check (length(note) <= 2000),
  created_at  timestamptz not null default clock_timestamp()
);
create index scenario_action_scenario on commissioning.scenario_action (scenario_id);
create index scenario_action_contract on commissioning.scenario_action (contract_id);

-- Whole pounds and pence for one action in one financial year; a year without a row costs nothing.
create table commissioning.scenario_cost (
  action_id      uuid not null references commissioning.scenario_action (id) on delete cascade,
  financial_year integer not null check (financial_year between 2000 and 2100),
  amount         numeric(14,2) not null check (amount >= 0),
  primary key (action_id, financial_year)
);

create table commissioning.scenario_point (
  scenario_id uuid not null references commissioning.option_scenario (id) on delete cascade,
  kind        text not null check (kind in ('advantage', 'disadvantage', 'risk')),
  position    integer not null check (position between 1 and 50),
  wording     text not null check (length(wording) between 1 and 2000),
  primary key (scenario_id, kind, position)
);
