-- Where a referral's directory service was found, and the grant accepting a member referral made.
alter table support.referral add column found_by text;
alter table support.referral add column grant_id uuid;
alter table support.referral add constraint referral_note_length check (length(note) <= 2000);
alter table support.referral add constraint referral_found_by_length check (length(found_by) <= 300);

-- Every status a referral has been in, who moved it there and why: what the sender sees happened.
create table support.referral_event (
  id          uuid        not null default gen_random_uuid(),
  referral_id uuid        not null,
  status      text        not null,
  by_user     uuid        not null,
  by_member   uuid        not null,
  at          timestamptz not null default clock_timestamp(),
  note        text,
  constraint referral_event_pk primary key (id),
  constraint referral_event_referral_fk foreign key (referral_id) references support.referral (id) on delete cascade,
  constraint referral_event_status check (status in ('sent', 'accepted', 'declined', 'started', 'completed', 'withdrawn'))
);
create index referral_event_referral_ix on support.referral_event (referral_id, at);

-- Two records of one person merged: the merged record keeps everything it had and points at the
-- survivor (person.merged_into); this row says who merged them and why, and who undid it and why.
create table support.person_merge (
  id               uuid        not null default gen_random_uuid(),
  merged_id        uuid        not null,
  survivor_id      uuid        not null,
  reason           text        not null,
  merged_by        uuid        not null,
  merged_by_member uuid        not null,
  merged_at        timestamptz not null default clock_timestamp(),
  undone_by        uuid,
  undone_at        timestamptz,
  undo_reason      text,
  constraint person_merge_pk primary key (id),
  constraint person_merge_merged_fk foreign key (merged_id) references support.person (id) on delete cascade,
  constraint person_merge_survivor_fk foreign key (survivor_id) references support.person (id) on delete cascade,
  constraint person_merge_two_records check (merged_id <> survivor_id),
  constraint person_merge_reason check (length(trim(reason)) between 1 and 500),
  constraint person_merge_undone_with_reason check ((undone_at is null) = (undo_reason is null))
);
-- A record is merged into at most one other at a time.
create unique index person_merge_current_ix on support.person_merge (merged_id) where undone_at is null;
create index person_merge_survivor_ix on support.person_merge (survivor_id);
create index person_merged_into_ix on support.person (merged_into) where merged_into is not null;
