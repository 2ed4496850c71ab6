-- The national drug treatment return (NDTMS). Code lists are reference data loaded from files
-- (src/main/resources/ndtms/codes/), never enums: the national data set changes version every year
-- or two, so each code carries the dates it is valid on.
create table support.ndtms_code (
  list_code  text not null,
  code       text not null,
  label      text not null,
  valid_from date not null,
  valid_to   date,
  -- How sure we are of the code: C confirmed, P partly confirmed, U unconfirmed (docs/ndtms.md).
  status     text not null,
  -- A grouping some rules need: S/N/U for discharge reasons, opiate for substances, substitute
  -- for prescribing modalities.
  class      text,
  source     text not null,
  constraint ndtms_code_pk primary key (list_code, code, valid_from),
  constraint ndtms_code_status check (status in ('C', 'P', 'U')),
  constraint ndtms_code_dates check (valid_to is null or valid_to >= valid_from)
);

-- A member's NDTMS agency code. Configuration (alliance.ndtms.agency.<member-id>) wins over this.
create table support.ndtms_agency (
  member_id   uuid not null,
  agency_code text not null,
  constraint ndtms_agency_pk primary key (member_id),
  constraint ndtms_agency_code_length check (length(agency_code) between 1 and 20)
);

-- What a person told us for the national return: their consent to NDTMS (separate from consent to
-- share across the alliance) and the client items the return asks for.
create table support.ndtms_client (
  person_id  uuid        not null,
  consent    text        not null,
  consent_on date        not null,
  sex        text,
  ethnicity  text,
  sexuality  text,
  updated_by uuid        not null,
  updated_at timestamptz not null default now(),
  version    integer     not null default 0,
  constraint ndtms_client_pk primary key (person_id),
  constraint ndtms_client_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint ndtms_client_consent check (consent in ('given', 'refused'))
);

-- An episode's treatment details as NDTMS counts them (one treatment journey per episode).
create table support.ndtms_episode (
  episode_id       uuid        not null,
  person_id        uuid        not null,
  referred_on      date,
  referral_source  text,
  triaged_on       date,
  care_plan_on     date,
  injecting_status text,
  parental_status  text,
  discharged_on    date,
  discharge_reason text,
  updated_by       uuid        not null,
  updated_at       timestamptz not null default now(),
  version          integer     not null default 0,
  constraint ndtms_episode_pk primary key (episode_id),
  constraint ndtms_episode_episode_fk foreign key (episode_id) references support.episode (id) on delete cascade,
  constraint ndtms_episode_person_fk foreign key (person_id) references support.person (id) on delete cascade
);
create index ndtms_episode_person_ix on support.ndtms_episode (person_id);

-- Presenting substances, first to third, with the age first used and the route of the first.
create table support.ndtms_substance (
  episode_id     uuid    not null,
  person_id      uuid    not null,
  rank           integer not null,
  substance      text    not null,
  age_first_used integer,
  route          text,
  constraint ndtms_substance_pk primary key (episode_id, rank),
  constraint ndtms_substance_episode_fk foreign key (episode_id) references support.ndtms_episode (episode_id) on delete cascade,
  constraint ndtms_substance_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint ndtms_substance_rank check (rank between 1 and 3),
  constraint ndtms_substance_age check (age_first_used is null or age_first_used between 1 and 120)
);

-- Modalities (interventions) of an episode, each with its own dates, setting and exit status.
create table support.ndtms_modality (
  id               uuid        not null default gen_random_uuid(),
  episode_id       uuid        not null,
  person_id        uuid        not null,
  modality         text        not null,
  referred_on      date        not null,
  first_offered_on date,
  started_on       date,
  ended_on         date,
  exit_status      text,
  setting          text,
  updated_by       uuid        not null,
  updated_at       timestamptz not null default now(),
  version          integer     not null default 0,
  constraint ndtms_modality_pk primary key (id),
  constraint ndtms_modality_episode_fk foreign key (episode_id) references support.ndtms_episode (episode_id) on delete cascade,
  constraint ndtms_modality_person_fk foreign key (person_id) references support.person (id) on delete cascade
);
create index ndtms_modality_episode_ix on support.ndtms_modality (episode_id, referred_on);
