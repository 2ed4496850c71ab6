-- "My plan": the person's own view of their record, for them and for a proxy they agreed to.

-- Which record a person account reads, and how far. One row per account: the person themself
-- ('self') or a parent, carer or supporter ('proxy') the person agreed to, reaching only the parts
-- agreed. A proxy ends when the person withdraws it, and a parent's proxy for a young person at 18
-- (ends_on) unless the young person renews it; it is reviewed at 16 (review_on).
create table support.person_account (
  user_id        uuid        not null,
  person_id      uuid        not null,
  relation       text        not null,
  relationship   text,
  parts          text[]      not null,
  agreed_on      date        not null,
  agreed_how     text        not null,
  review_on      date,
  ends_on        date,
  withdrawn_at   timestamptz,
  withdrawn_by   uuid,
  created_by     uuid,
  created_at     timestamptz not null default now(),
  version        integer     not null default 0,
  constraint person_account_pk primary key (user_id),
  constraint person_account_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint person_account_relation check (relation in ('self', 'proxy')),
  constraint person_account_relationship check (relation = 'self' or length(trim(relationship)) between 1 and 100),
  constraint person_account_parts check (parts <@ array['plan', 'appointments', 'budget', 'record-reads']::text[]),
  constraint person_account_agreed_how check (agreed_how in ('in-person', 'own-account', 'self'))
);
create index person_account_person_ix on support.person_account (person_id);
create unique index person_account_one_self on support.person_account (person_id) where relation = 'self' and withdrawn_at is null;

-- A one-time code a trusted individual gives in person, to make a person account. Only its hash is
-- kept; it works once, before it expires.
create table support.activation_code (
  id            uuid        not null default gen_random_uuid(),
  person_id     uuid        not null,
  code_hash     text        not null,
  relation      text        not null,
  display_name  text        not null,
  relationship  text,
  parts         text[]      not null,
  agreed_how    text        not null,
  expires_at    timestamptz not null,
  used_at       timestamptz,
  used_by       uuid,
  cancelled_at  timestamptz,
  created_by    uuid        not null,
  created_by_member uuid    not null,
  created_at    timestamptz not null default now(),
  constraint activation_code_pk primary key (id),
  constraint activation_code_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint activation_code_hash_unique unique (code_hash),
  constraint activation_code_relation check (relation in ('self', 'proxy')),
  constraint activation_code_name_length check (length(trim(display_name)) between 1 and 100),
  constraint activation_code_relationship check (relation = 'self' or length(trim(relationship)) between 1 and 100),
  constraint activation_code_parts check (parts <@ array['plan', 'appointments', 'budget', 'record-reads']::text[]),
  constraint activation_code_agreed_how check (agreed_how in ('in-person', 'own-account', 'self'))
);
create index activation_code_person_ix on support.activation_code (person_id);

-- Words the person (or their proxy) added to an entry of their plan: a goal, a review or someone
-- in their network. What a practitioner wrote is never changed; these rows sit beside it.
create table support.own_words (
  id           uuid        not null default gen_random_uuid(),
  person_id    uuid        not null,
  entry_kind   text        not null,
  entry_id     uuid        not null,
  words        text        not null,
  written_by   uuid        not null,
  written_as   text        not null,
  written_at   timestamptz not null default clock_timestamp(),
  constraint own_words_pk primary key (id),
  constraint own_words_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint own_words_kind check (entry_kind in ('goal', 'review', 'network')),
  constraint own_words_as check (written_as in ('self', 'proxy')),
  constraint own_words_length check (length(trim(words)) between 1 and 1000)
);
create index own_words_entry_ix on support.own_words (person_id, entry_kind, entry_id, written_at);

-- The person's own marks on a goal, beside the practitioner's status; and who added a goal of
-- their own.
alter table support.plan_goal add column important_to_person boolean not null default false;
alter table support.plan_goal add column person_says_done_on date;
alter table support.plan_goal add column added_by_account uuid;

-- An entry a practitioner withholds from the person's own view (and their proxies', copy and API),
-- with a reason, for example a safeguarding concern. Released, never deleted.
create table support.withheld_entry (
  id               uuid        not null default gen_random_uuid(),
  person_id        uuid        not null,
  entry_kind       text        not null,
  entry_id         uuid        not null,
  reason           text        not null,
  withheld_by      uuid        not null,
  withheld_by_member uuid      not null,
  withheld_at      timestamptz not null default now(),
  released_at      timestamptz,
  released_by      uuid,
  constraint withheld_entry_pk primary key (id),
  constraint withheld_entry_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint withheld_entry_kind check (entry_kind in ('goal', 'plan-entry', 'network', 'review', 'contribution', 'contact', 'budget', 'note', 'episode', 'referral')),
  constraint withheld_entry_reason_length check (length(trim(reason)) between 1 and 1000),
  constraint withheld_entry_released check ((released_at is null) = (released_by is null))
);
create unique index withheld_entry_one_active on support.withheld_entry (entry_kind, entry_id) where released_at is null;
create index withheld_entry_person_ix on support.withheld_entry (person_id) where released_at is null;

-- A question the person asks about an entry; it reaches their trusted individual.
create table support.person_question (
  id           uuid        not null default gen_random_uuid(),
  person_id    uuid        not null,
  about        text        not null,
  words        text        not null,
  asked_by     uuid        not null,
  asked_as     text        not null,
  asked_at     timestamptz not null default now(),
  answer       text,
  answered_by  uuid,
  answered_at  timestamptz,
  constraint person_question_pk primary key (id),
  constraint person_question_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint person_question_about_length check (length(about) between 1 and 200),
  constraint person_question_words_length check (length(trim(words)) between 1 and 1000),
  constraint person_question_as check (asked_as in ('self', 'proxy')),
  constraint person_question_answer check ((answer is null) = (answered_at is null) and (answer is null) = (answered_by is null)),
  constraint person_question_answer_length check (answer is null or length(trim(answer)) between 1 and 2000)
);
create index person_question_person_ix on support.person_question (person_id, asked_at desc);
