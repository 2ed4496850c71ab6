-- Outcome measures defined as data (support.measure). A measure's definition is a JSON document
-- (docs/measures.md); each changed definition imported becomes a new version, and a recorded
-- answer keeps the version it was asked in, so it is always shown and scored as it was asked.

create table support.measure (
  id         uuid        not null default gen_random_uuid(),
  code       text        not null,
  created_at timestamptz not null default now(),
  constraint measure_pk primary key (id),
  constraint measure_code_unique unique (code),
  constraint measure_code_format check (code ~ '^[A-Za-z][A-Za-z0-9_-]{0,39}$')
);

-- One imported definition. number counts versions per measure (1, 2, ...); label is the
-- publisher's own name for the version, as the file gives it. fingerprint is the SHA-256 of the
-- definition as stored, so importing the same file again changes nothing.
create table support.measure_version (
  id               uuid        not null default gen_random_uuid(),
  measure_id       uuid        not null,
  number           integer     not null,
  label            text        not null,
  name             text        not null,
  definition       jsonb       not null,
  fingerprint      text        not null,
  imported_at      timestamptz not null default now(),
  imported_by      uuid,
  imported_by_name text        not null,
  constraint measure_version_pk primary key (id),
  constraint measure_version_measure_fk foreign key (measure_id) references support.measure (id),
  constraint measure_version_number_unique unique (measure_id, number),
  constraint measure_version_label_unique unique (measure_id, label),
  constraint measure_version_number_positive check (number > 0)
);

-- A measure asked of a person: the version asked, the stage, the day, every item's answer (null:
-- not answered) and the scores worked out when it was recorded. Written once, never changed.
-- label: the definition's sensitivity label, if any, filtered like any labelled entry.
create table support.measure_recording (
  id          uuid        not null default gen_random_uuid(),
  person_id   uuid        not null,
  version_id  uuid        not null,
  stage       text        not null,
  asked_on    date        not null,
  answers     jsonb       not null,
  scores      jsonb       not null,
  label       text,
  member_id   uuid        not null,
  recorded_by uuid        not null,
  recorded_at timestamptz not null default now(),
  constraint measure_recording_pk primary key (id),
  constraint measure_recording_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint measure_recording_version_fk foreign key (version_id) references support.measure_version (id),
  constraint measure_recording_stage check (stage in ('start', 'review', 'exit', 'post-exit')),
  constraint measure_recording_label check (label is null or label in ('safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'))
);
create index measure_recording_person_ix on support.measure_recording (person_id, asked_on desc);
create index measure_recording_version_ix on support.measure_recording (version_id);
