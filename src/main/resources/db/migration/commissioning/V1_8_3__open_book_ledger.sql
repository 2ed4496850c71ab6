-- The budget devolved to the alliance, and its open-book ledger.
--
-- A devolved budget is one financial year's money (1 April to 31 March), split into lines
-- (staffing, Individual Service Funds, premises, training, a ring-fenced pilot...). Everything that
-- moves money after that is a ledger entry: an allocation of a line to a member, a member's spend
-- against a line, and corrections, which are new entries naming the entry they adjust. Entries are
-- never changed or removed: the triggers below refuse it whoever asks, and the application's role
-- owns nothing, so it cannot disarm them.

create table commissioning.ledger_budget (
  id              uuid primary key default gen_random_uuid(),
  -- The year the financial year starts in: 2025 is 1 April 2025 to 31 March 2026.
  financial_year  integer not null unique check (financial_year between 2000 and 2100),
  note            text check (length(note) <= 2000),
  created_by      uuid,
  created_at      timestamptz not null default now()
);

create table commissioning.ledger_line (
  id            uuid primary key default gen_random_uuid(),
  budget_id     uuid not null references commissioning.ledger_budget (id),
  name          text not null check (length(name) between 1 and 120),
  budget        numeric(14,2) not null check (budget >= 0),
  -- Money that may be spent only on the line's purpose (a grant's pilot): shown apart.
  ring_fenced   boolean not null default false,
  -- The line Individual Service Fund returns are imported into (at most one a year).
  isf           boolean not null default false,
  position      integer not null default 0,
  -- A line's budget may be changed by the manager (audited); a second writer who opened the line
  -- before the first saved is told, never silently overwritten.
  version       integer not null default 0,
  created_by    uuid,
  created_at    timestamptz not null default now(),
  unique (budget_id, name)
);

create unique index ledger_line_one_isf_ix on commissioning.ledger_line (budget_id) where isf;

create table commissioning.ledger_entry (
  id            uuid primary key default gen_random_uuid(),
  -- The order entries were made in, for the ledger's own listing.
  seq           bigint generated always as identity unique,
  line_id       uuid not null references commissioning.ledger_line (id),
  member_id     uuid not null references organisation.organisation (id),
  kind          text not null check (kind in ('allocation', 'spend')),
  -- A correction names the entry it adjusts, and takes that entry's line, member and kind; its
  -- amount is added to the entry's (the entry's negative reverses it). Only a correction may be
  -- negative; nothing is ever zero.
  corrects      uuid references commissioning.ledger_entry (id),
  amount        numeric(14,2) not null check (amount <> 0 and (corrects is not null or amount > 0)),
  entry_on      date not null,
  description   text not null check (length(description) between 1 and 500),
  invoice_ref   text check (length(invoice_ref) between 1 and 100),
  -- 'manual': typed by a person; 'isf-return': brought in from support's monthly ISF totals.
  source        text not null default 'manual' check (source in ('manual', 'isf-return')),
  isf_month     date check (isf_month is null or extract(day from isf_month) = 1),
  recorded_by   uuid,
  recorded_by_name text not null check (length(recorded_by_name) between 1 and 200),
  recorded_at   timestamptz not null default now(),
  check ((source = 'isf-return') = (isf_month is not null))
);

create index ledger_entry_line_member_ix on commissioning.ledger_entry (line_id, member_id, kind);
create index ledger_entry_member_ix on commissioning.ledger_entry (member_id, line_id);
create index ledger_entry_corrects_ix on commissioning.ledger_entry (corrects) where corrects is not null;
-- A month's return comes in once per member; a re-import adds corrections to that first entry.
create unique index ledger_entry_isf_once_ix on commissioning.ledger_entry (line_id, member_id, isf_month)
  where source = 'isf-return' and corrects is null;

-- A correction keeps to the entry it corrects: the same line, member and kind.
create function commissioning.ledger_correction_matches() returns trigger language plpgsql as $$
begin
  if new.corrects is not null and not exists (
       select 1 from commissioning.ledger_entry e
        where e.id = new.corrects and e.line_id = new.line_id and e.member_id = new.member_id
          and e.kind = new.kind and e.corrects is null) then
    raise exception 'a correction must adjust an original entry of the same line, member and kind'
      using errcode = 'check_violation';
  end if;
  return new;
end
$$;

create trigger ledger_entry_correction_matches
  before insert on commissioning.ledger_entry
  for each row execute function commissioning.ledger_correction_matches();

create function commissioning.refuse_ledger_change() returns trigger language plpgsql as $$
begin
  raise exception 'commissioning.ledger_entry is append-only (% refused): add a correction',
    tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger ledger_entry_no_update_or_delete
  before update or delete on commissioning.ledger_entry
  for each row execute function commissioning.refuse_ledger_change();

create trigger ledger_entry_no_truncate
  before truncate on commissioning.ledger_entry
  for each statement execute function commissioning.refuse_ledger_change();

-- Each import of a month's Individual Service Fund returns, and the members whose figures support
-- suppressed in it (fewer than 5 funds): those are shown as not available, never worked out.
create table commissioning.ledger_isf_import (
  id            uuid primary key default gen_random_uuid(),
  line_id       uuid not null references commissioning.ledger_line (id),
  month         date not null check (extract(day from month) = 1),
  entries_added integer not null,
  corrections_added integer not null,
  imported_by   uuid,
  imported_by_name text not null,
  imported_at   timestamptz not null default now()
);

create index ledger_isf_import_month_ix on commissioning.ledger_isf_import (line_id, month, imported_at desc);

create table commissioning.ledger_isf_suppressed (
  import_id     uuid not null references commissioning.ledger_isf_import (id),
  member_id     uuid not null references organisation.organisation (id),
  primary key (import_id, member_id)
);
