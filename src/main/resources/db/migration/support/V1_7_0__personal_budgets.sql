-- Personal budgets and Individual Service Funds (support.budget, issue 15's first part). A budget
-- per person and period: the allocation in pounds and pence (numeric(12,2), never floating point),
-- its funding source, what the person wants it for in their own words, and its kind: a personal
-- budget held by the alliance or council, or an Individual Service Fund (ISF) held by a member on
-- the person's behalf. Commitments and payments are one table (budget_spend): each either counts,
-- awaits a second person's approval (above alliance.budget.approval-above) or was declined. The
-- balance and what is committed are worked out on reading, never stored; only a reconciliation
-- keeps its closing balance, after which the budget takes no more changes.
create table support.budget (
  id                 uuid          not null default gen_random_uuid(),
  person_id          uuid          not null,
  kind               text          not null,
  holding_member_id  uuid,
  member_id          uuid          not null,
  starts_on          date          not null,
  ends_on            date          not null,
  allocation         numeric(12,2) not null,
  funding_source     text          not null,
  wants              text,
  in_words_of        text          not null,
  recorded_by        uuid          not null,
  recorded_at        timestamptz   not null default now(),
  changed_by         uuid          not null,
  changed_at         timestamptz   not null default now(),
  reconciled_on      date,
  closing_balance    numeric(12,2),
  returned           numeric(12,2),
  reconciliation_note text,
  reconciled_by      uuid,
  version            integer       not null default 0,
  constraint budget_pk primary key (id),
  constraint budget_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint budget_kind check (kind in ('personal-budget', 'isf')),
  constraint budget_isf_holder check ((kind = 'isf') = (holding_member_id is not null)),
  constraint budget_period check (ends_on >= starts_on),
  constraint budget_allocation check (allocation > 0 and allocation <= 9999999.99),
  constraint budget_source_length check (length(funding_source) between 1 and 200),
  constraint budget_wants_length check (wants is null or length(wants) <= 2000),
  constraint budget_in_words_of check (in_words_of in ('person', 'worker')),
  constraint budget_reconciled check (
    (reconciled_on is null) = (closing_balance is null)
    and (reconciled_on is null) = (returned is null)
    and (reconciled_on is null) = (reconciled_by is null)),
  constraint budget_returned check (returned is null or returned >= 0),
  constraint budget_note_length check (reconciliation_note is null or length(reconciliation_note) <= 2000)
);

create index budget_person_ix on support.budget (person_id, starts_on);
create index budget_isf_ix on support.budget (holding_member_id, starts_on, ends_on) where kind = 'isf';

create table support.budget_spend (
  id             uuid          not null default gen_random_uuid(),
  budget_id      uuid          not null,
  person_id      uuid          not null,
  kind           text          not null,
  what           text          not null,
  who_to         text,
  amount         numeric(12,2) not null,
  spent_on       date          not null,
  commitment_id  uuid,
  status         text          not null,
  recorded_by    uuid          not null,
  recorded_at    timestamptz   not null default now(),
  decided_by     uuid,
  decided_at     timestamptz,
  constraint budget_spend_pk primary key (id),
  constraint budget_spend_budget_fk foreign key (budget_id) references support.budget (id) on delete cascade,
  constraint budget_spend_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint budget_spend_commitment_fk foreign key (commitment_id) references support.budget_spend (id),
  constraint budget_spend_kind check (kind in ('commitment', 'payment')),
  constraint budget_spend_status check (status in ('counted', 'awaiting-approval', 'declined')),
  constraint budget_spend_amount check (amount > 0 and amount <= 9999999.99),
  constraint budget_spend_what_length check (length(what) between 1 and 500),
  constraint budget_spend_who_length check (who_to is null or length(who_to) <= 200),
  constraint budget_spend_only_payments_against check (commitment_id is null or kind = 'payment'),
  -- The second person: whoever recorded spending over the limit cannot approve it.
  constraint budget_spend_second_person check (
    status <> 'counted' or decided_by is null or decided_by <> recorded_by)
);

create index budget_spend_budget_ix on support.budget_spend (budget_id, spent_on);
create index budget_spend_person_ix on support.budget_spend (person_id);
create index budget_spend_month_ix on support.budget_spend (spent_on);
