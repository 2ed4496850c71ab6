-- Retention under the NHS Records Management Code: records past their retention date wait here for
-- the data-protection lead, who destroys each or keeps it for a stated reason and period. Both rows
-- go with the person when the record is destroyed; the audit entry of the destruction keeps no
-- personal data.

-- A record the daily review found due. One row per person, so a review run twice (or on two nodes)
-- lists each record once.
create table support.retention_due (
  person_id uuid        not null,
  due_on    date        not null,
  rule      text        not null,
  listed_at timestamptz not null default now(),
  constraint retention_due_pk primary key (person_id),
  constraint retention_due_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint retention_due_rule check (rule in ('adult', 'adult-no-date-of-birth', 'child-25th-birthday', 'child-8-years'))
);
create index retention_due_due_on_ix on support.retention_due (due_on, person_id);

-- The lead's decision to keep a due record: why (a kind and the lead's words) and until when. While
-- a hold is in force the record is not listed again; once it ends the next review lists it.
create table support.retention_hold (
  id         uuid        not null default gen_random_uuid(),
  person_id  uuid        not null,
  kind       text        not null,
  reason     text        not null,
  kept_until date        not null,
  decided_by uuid        not null,
  decided_at timestamptz not null default now(),
  constraint retention_hold_pk primary key (id),
  constraint retention_hold_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint retention_hold_kind check (kind in ('safeguarding', 'legal-hold', 'ongoing-support', 'complaint-or-investigation', 'other')),
  constraint retention_hold_reason_length check (length(trim(reason)) between 1 and 2000)
);
create index retention_hold_person_ix on support.retention_hold (person_id, kept_until desc);
