-- The shared person record: one record per person across the alliance's members.
-- Member, user and directory-service ids refer to other modules and are checked through their APIs,
-- not by foreign keys, so that each module's schema stands on its own.
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;
create schema support;

create table support.person (
  id                   uuid        not null default gen_random_uuid(),
  given_name           text        not null,
  family_name          text        not null,
  preferred_name       text,
  pronouns             text,
  date_of_birth        date,
  postcode             text,
  nhs_number           text,
  languages            text,
  communication_needs  text,
  accessibility_needs  text,
  registered_by_member uuid        not null,
  registered_by        uuid        not null,
  registered_at        timestamptz not null default now(),
  -- Kept with each contact so the caseload and the dormant list need no aggregate over contacts.
  last_contact_at      timestamptz,
  -- Set on the record a merge folded into another; cleared when the merge is undone.
  merged_into          uuid,
  version              integer     not null default 0,
  updated_at           timestamptz not null default now(),
  constraint person_pk primary key (id),
  constraint person_merged_into_fk foreign key (merged_into) references support.person (id),
  constraint person_not_merged_into_itself check (merged_into is null or merged_into <> id),
  constraint person_nhs_number_format check (nhs_number ~ '^[0-9]{10}$'),
  constraint person_given_name_length check (length(given_name) between 1 and 100),
  constraint person_family_name_length check (length(family_name) between 1 and 100)
);
create index person_full_name_trgm_ix on support.person
  using gin ((lower(given_name || ' ' || family_name)) gin_trgm_ops);
create index person_family_metaphone_ix on support.person (dmetaphone(family_name));
create index person_date_of_birth_ix on support.person (date_of_birth);
create index person_postcode_ix on support.person (postcode);
create index person_nhs_number_ix on support.person (nhs_number) where nhs_number is not null;
create index person_last_contact_ix on support.person (last_contact_at);

-- Names a person was or is also known by (a previous family name, an alias), found by search too.
create table support.person_name (
  id          uuid        not null default gen_random_uuid(),
  person_id   uuid        not null,
  given_name  text        not null,
  family_name text        not null,
  kind        text        not null,
  recorded_at timestamptz not null default now(),
  constraint person_name_pk primary key (id),
  constraint person_name_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint person_name_kind check (kind in ('previous', 'alias'))
);
create index person_name_full_trgm_ix on support.person_name
  using gin ((lower(given_name || ' ' || family_name)) gin_trgm_ops);
create index person_name_person_ix on support.person_name (person_id);

-- A member's own reference for the person (its old case-management number, for example).
create table support.member_reference (
  person_id uuid not null,
  member_id uuid not null,
  reference text not null,
  constraint member_reference_pk primary key (person_id, member_id, reference),
  constraint member_reference_person_fk foreign key (person_id) references support.person (id) on delete cascade
);
create index member_reference_lookup_ix on support.member_reference (member_id, lower(reference));

-- Consent to share across the alliance. The newest row is the person's current answer; older rows
-- are its history. members null means every member; parts lists the sensitive labels shared.
create table support.consent (
  id                 uuid        not null default gen_random_uuid(),
  person_id          uuid        not null,
  state              text        not null,
  members            uuid[],
  parts              text[]      not null default '{}',
  given_on           date        not null,
  expires_on         date,
  recorded_by        uuid        not null,
  recorded_by_member uuid        not null,
  recorded_at        timestamptz not null default clock_timestamp(),
  note               text,
  constraint consent_pk primary key (id),
  constraint consent_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint consent_parts check (parts <@ array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health']),
  constraint consent_state check (state in ('given', 'refused', 'withdrawn')),
  constraint consent_expiry_after_given check (expires_on is null or expires_on >= given_on)
);
create index consent_person_ix on support.consent (person_id, recorded_at desc);

-- Who may open the record, each with a start and an end. A grant names a member (its whole team)
-- or one user. Excluded grants are the person's refusal of a member or worker and win over all.
create table support.access_grant (
  id            uuid        not null default gen_random_uuid(),
  person_id     uuid        not null,
  kind          text        not null,
  member_id     uuid,
  user_id       uuid,
  labels        text[]      not null default '{}',
  status        text        not null,
  starts_at     timestamptz not null default now(),
  ends_at       timestamptz,
  reason        text,
  requested_by  uuid,
  requested_at  timestamptz not null default now(),
  decided_by    uuid,
  decided_at    timestamptz,
  decision_note text,
  reviewed_by   uuid,
  reviewed_at   timestamptz,
  review_note   text,
  constraint access_grant_pk primary key (id),
  constraint access_grant_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint access_grant_labels check (labels <@ array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health']),
  constraint access_grant_kind check (kind in ('standard', 'specific', 'break-glass', 'excluded')),
  constraint access_grant_status check (status in ('requested', 'active', 'refused', 'revoked')),
  constraint access_grant_names_someone check (member_id is not null or user_id is not null),
  constraint access_grant_ends_after_start check (ends_at is null or ends_at > starts_at),
  constraint access_grant_break_glass_reason check (kind <> 'break-glass' or length(trim(reason)) > 0),
  constraint access_grant_break_glass_ends check (kind <> 'break-glass' or ends_at is not null)
);
create index access_grant_person_ix on support.access_grant (person_id);
create index access_grant_member_ix on support.access_grant (member_id, person_id) where status = 'active';
create index access_grant_user_ix on support.access_grant (user_id, person_id) where status = 'active';
create index access_grant_unreviewed_ix on support.access_grant (starts_at)
  where kind = 'break-glass' and reviewed_at is null;

-- The worker the person chose to lead their support, from any member. History is kept: a change
-- ends the current row and adds a new one.
create table support.trusted_individual (
  id          uuid        not null default gen_random_uuid(),
  person_id   uuid        not null,
  user_id     uuid        not null,
  member_id   uuid        not null,
  chosen_at   timestamptz not null default now(),
  accepted_at timestamptz,
  ended_at    timestamptz,
  recorded_by uuid        not null,
  constraint trusted_individual_pk primary key (id),
  constraint trusted_individual_person_fk foreign key (person_id) references support.person (id) on delete cascade
);
create unique index trusted_individual_current_ix on support.trusted_individual (person_id) where ended_at is null;
create index trusted_individual_user_ix on support.trusted_individual (user_id) where ended_at is null;

-- A period of support at a member. Nobody is "exited": an episode closes with a reason and coming
-- back opens a new one.
create table support.episode (
  id           uuid        not null default gen_random_uuid(),
  person_id    uuid        not null,
  member_id    uuid        not null,
  opened_on    date        not null,
  open_reason  text        not null,
  opened_by    uuid        not null,
  closed_on    date,
  close_reason text,
  closed_by    uuid,
  version      integer     not null default 0,
  constraint episode_pk primary key (id),
  constraint episode_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint episode_closed_with_reason check ((closed_on is null) = (close_reason is null)),
  constraint episode_closes_after_opening check (closed_on is null or closed_on >= opened_on)
);
create unique index episode_one_open_per_member_ix on support.episode (person_id, member_id) where closed_on is null;
create index episode_member_open_ix on support.episode (member_id) where closed_on is null;

-- Contacts and appointments. An appointment is planned with no outcome until it is recorded.
create table support.contact (
  id          uuid        not null default gen_random_uuid(),
  person_id   uuid        not null,
  member_id   uuid        not null,
  worker_id   uuid        not null,
  mode        text        not null,
  happens_at  timestamptz not null,
  outcome     text,
  label       text,
  summary     text,
  recorded_by uuid        not null,
  recorded_at timestamptz not null default now(),
  version     integer     not null default 0,
  constraint contact_pk primary key (id),
  constraint contact_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint contact_mode check (mode in ('face-to-face', 'phone', 'video', 'outreach', 'group')),
  constraint contact_outcome check (outcome in ('attended', 'did-not-attend', 'cancelled-by-person', 'cancelled-by-service')),
  constraint contact_label check (label in ('safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'))
);
create index contact_person_ix on support.contact (person_id, happens_at desc);
create index contact_worker_missed_ix on support.contact (worker_id, happens_at desc) where outcome = 'did-not-attend';

-- Case notes are written once; a correction is a new note pointing at the one it corrects.
create table support.case_note (
  id          uuid        not null default gen_random_uuid(),
  person_id   uuid        not null,
  member_id   uuid        not null,
  author_id   uuid        not null,
  label       text,
  body        text        not null,
  corrects    uuid,
  written_at  timestamptz not null default clock_timestamp(),
  constraint case_note_pk primary key (id),
  constraint case_note_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint case_note_corrects_fk foreign key (corrects) references support.case_note (id),
  constraint case_note_body_length check (length(body) between 1 and 20000),
  constraint case_note_label check (label in ('safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'))
);
create index case_note_person_ix on support.case_note (person_id, written_at desc);
create unique index case_note_one_correction_ix on support.case_note (corrects) where corrects is not null;

-- A referral to a directory service (by its directory id) or to another member, with the person's
-- consent or an audited override, and which sensitive parts the receiver may see.
create table support.referral (
  id              uuid        not null default gen_random_uuid(),
  person_id       uuid        not null,
  from_member     uuid        not null,
  sent_by         uuid        not null,
  sent_at         timestamptz not null default now(),
  to_service_id   text,
  to_member       uuid,
  status          text        not null default 'sent',
  basis           text        not null,
  override_reason text,
  shared_labels   text[]      not null default '{}',
  note            text,
  decline_reason  text,
  updated_at      timestamptz not null default now(),
  updated_by      uuid,
  version         integer     not null default 0,
  constraint referral_pk primary key (id),
  constraint referral_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint referral_one_target check (num_nonnulls(to_service_id, to_member) = 1),
  constraint referral_status check (status in ('sent', 'accepted', 'declined', 'started', 'completed', 'withdrawn')),
  constraint referral_basis check (basis in ('consent', 'override')),
  constraint referral_override_reason check (basis <> 'override' or length(trim(override_reason)) > 0),
  constraint referral_declined_with_reason check (status <> 'declined' or length(trim(decline_reason)) > 0),
  constraint referral_shared_labels check (shared_labels <@ array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'])
);
create index referral_person_ix on support.referral (person_id, sent_at desc);
create index referral_to_member_ix on support.referral (to_member, status) where to_member is not null;
create index referral_from_member_ix on support.referral (from_member, sent_at desc);
-- One referral waiting (sent or accepted) per person and target at a time.
create unique index referral_one_pending_ix on support.referral
  (person_id, coalesce(to_service_id, cast(to_member as text))) where status in ('sent', 'accepted');

create index contact_worker_ix on support.contact (worker_id, happens_at desc);
create index person_registered_by_ix on support.person (registered_by);
