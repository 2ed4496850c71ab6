-- The alliance agreement (issue 16): each member's role in the alliance, the principles as the
-- alliance writes them (every change a new version, old wording kept), the four levels of
-- governance and the people in each, and the leadership team's decisions log with every vote.
-- Organisations and user accounts belong to other modules: they are referred to by id, checked in
-- code, and the names a closed decision was decided under are copied in, so the log still reads
-- true after a rename or a member leaves.

-- A member organisation's place in the alliance. A member with no row yet is shown as "Member".
create table commissioning.alliance_member (
  organisation_id  uuid        primary key,
  role             text        not null check (length(role) between 1 and 200),
  joined_on        date,
  version          integer     not null default 0,
  changed_by       uuid,
  changed_at       timestamptz not null default now()
);

-- The principles, in the alliance's own order. The row holds the wording as it is now; every
-- change (written, reworded, moved, withdrawn) appends to alliance_principle_version, which is
-- never updated, so the wording the alliance agreed at any time can be read back.
create table commissioning.alliance_principle (
  id           uuid        primary key default gen_random_uuid(),
  position     integer     not null check (position between 1 and 1000),
  wording      text        not null check (length(wording) between 1 and 2000),
  withdrawn    boolean     not null default false,
  version      integer     not null default 1,
  created_at   timestamptz not null default now()
);

create table commissioning.alliance_principle_version (
  principle_id     uuid        not null references commissioning.alliance_principle (id),
  version          integer     not null,
  position         integer     not null,
  wording          text        not null,
  withdrawn        boolean     not null,
  change           text        not null check (change in ('written', 'reworded', 'moved', 'withdrawn')),
  changed_by       uuid,
  changed_by_name  text        not null,
  changed_at       timestamptz not null default now(),
  primary key (principle_id, version)
);

-- The people at each level of governance: the commissioner as owner, the leadership team, the
-- management team and the alliance manager. A leadership team member may be linked to the user
-- account that votes for them (one current place per account). Someone who stands down keeps
-- their row, since the votes they gave name them.
create table commissioning.governance_person (
  id               uuid        primary key default gen_random_uuid(),
  level            text        not null check (level in ('owner', 'leadership', 'management', 'manager')),
  name             text        not null check (length(name) between 1 and 200),
  organisation_id  uuid        not null,
  role_title       text        not null check (length(role_title) between 1 and 200),
  user_id          uuid,
  stood_down_on    date,
  version          integer     not null default 0,
  created_at       timestamptz not null default now()
);

create unique index governance_person_one_place_per_account
  on commissioning.governance_person (user_id)
  where user_id is not null and stood_down_on is null and level = 'leadership';

-- Topics the decisions log is searched by; a list that grows when a proposal names a new one.
create table commissioning.decision_topic (
  id    uuid primary key default gen_random_uuid(),
  name  text not null check (length(name) between 1 and 80)
);

create unique index decision_topic_name on commissioning.decision_topic (lower(name));

-- A decision put to the leadership team. Its outcome is worked out by one rule in code
-- (DecisionRule) and fixed here when it is closed: a closed decision takes no more votes.
create table commissioning.decision (
  id                uuid        primary key default gen_random_uuid(),
  number            integer     generated always as identity unique,
  title             text        not null check (length(title) between 1 and 200),
  topic_id          uuid        not null references commissioning.decision_topic (id),
  detail            text        not null check (length(detail) between 1 and 10000),
  key_decision      boolean     not null,
  votes_due_on      date        not null,
  proposed_by       uuid,
  proposed_by_name  text        not null,
  proposed_on       date        not null,
  proposed_at       timestamptz not null default now(),
  status            text        not null default 'open' check (status in ('open', 'carried', 'not-carried')),
  outcome           text,
  closed_by         uuid,
  closed_by_name    text,
  closed_at         timestamptz,
  version           integer     not null default 0,
  check ((status = 'open') = (closed_at is null)),
  check ((status = 'open') = (outcome is null))
);

create index decision_topic_ix on commissioning.decision (topic_id, proposed_on desc);
create index decision_proposed_ix on commissioning.decision (proposed_on desc, number desc);

-- Who is asked to vote: the leadership team as it stood when the decision was proposed, with the
-- names it had then.
create table commissioning.decision_voter (
  decision_id        uuid    not null references commissioning.decision (id),
  person_id          uuid    not null references commissioning.governance_person (id),
  name               text    not null,
  organisation_name  text    not null,
  position           integer not null,
  primary key (decision_id, person_id)
);

-- Every vote, and every change of vote, as given: append-only. A member's vote is their latest.
-- A vote recorded by the alliance manager at a meeting says so, with the meeting's date.
create table commissioning.decision_vote (
  id              bigint      generated always as identity primary key,
  decision_id     uuid        not null,
  person_id       uuid        not null,
  choice          text        not null check (choice in ('for', 'against', 'abstain')),
  reason          text        check (reason is null or length(reason) between 1 and 2000),
  cast_by         uuid,
  cast_by_name    text        not null,
  at_meeting_on   date,
  cast_at         timestamptz not null default now(),
  foreign key (decision_id, person_id) references commissioning.decision_voter (decision_id, person_id),
  check (choice <> 'against' or reason is not null)
);

create index decision_vote_ix on commissioning.decision_vote (decision_id, person_id, id desc);
