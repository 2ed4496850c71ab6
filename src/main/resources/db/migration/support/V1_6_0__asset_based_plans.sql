-- The asset-based plan (issue 14): a conversation that starts from what a person has, the people
-- and places around them, goals in their own words with progress over time, what they give back,
-- and reviews. Every table holding anything of a person carries person_id with a cascading foreign
-- key, so subject-access copies and destruction include it without being told.
--
-- in_words_of says whose words an entry holds: the person's own, the worker's, or a supporter's
-- (someone around them). written_by is the worker who wrote it down and is null when the person
-- wrote it themself (issue 15's "My plan"), so nothing here assumes a worker is the author.

-- Life domains are data an alliance configures: two sets, each offered by age. A set's age range
-- is data too (young people's below 21, adults' from 18), so the transition years may use either.
create table support.life_domain_set (
  code      text    not null,
  name      text    not null,
  min_age   integer,
  below_age integer,
  position  integer not null,
  constraint life_domain_set_pk primary key (code),
  constraint life_domain_set_ages check (min_age is null or below_age is null or min_age < below_age)
);

create table support.life_domain (
  id         uuid        not null default gen_random_uuid(),
  set_code   text        not null,
  name       text        not null,
  position   integer     not null,
  retired_at timestamptz,
  version    integer     not null default 0,
  constraint life_domain_pk primary key (id),
  constraint life_domain_set_fk foreign key (set_code) references support.life_domain_set (code),
  constraint life_domain_name_length check (length(name) between 1 and 100),
  constraint life_domain_unique_name unique (set_code, name)
);

insert into support.life_domain_set (code, name, min_age, below_age, position) values
  ('young-people', 'Young people (Every Child Matters)', null, 21, 1),
  ('adults', 'Adults (recovery)', 18, null, 2);

insert into support.life_domain (set_code, name, position) values
  ('young-people', 'Be healthy', 1),
  ('young-people', 'Stay safe', 2),
  ('young-people', 'Enjoy and achieve', 3),
  ('young-people', 'Make a positive contribution', 4),
  ('young-people', 'Achieve economic well-being', 5),
  ('adults', 'Substance use', 1),
  ('adults', 'Physical health', 2),
  ('adults', 'Mental and emotional wellbeing', 3),
  ('adults', 'Relationships and family', 4),
  ('adults', 'Housing', 5),
  ('adults', 'Work, learning and meaningful activity', 6),
  ('adults', 'Money', 7),
  ('adults', 'Staying out of trouble', 8),
  ('adults', 'Community and belonging', 9);

-- One plan per person: when it started and how often it is reviewed.
create table support.plan (
  id                uuid        not null default gen_random_uuid(),
  person_id         uuid        not null,
  started_on        date        not null,
  started_by        uuid,
  review_every_days integer     not null,
  version           integer     not null default 0,
  constraint plan_pk primary key (id),
  constraint plan_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint plan_one_per_person unique (person_id),
  constraint plan_review_interval check (review_every_days between 7 and 365)
);

-- The conversation, in the appreciative-inquiry cycle: discover (strengths and abilities, as they
-- or the people around them see them), dream (hopes), design (what to change first), deliver
-- (support given, from the first conversation on: "assess and do").
create table support.plan_entry (
  id                uuid        not null default gen_random_uuid(),
  person_id         uuid        not null,
  stage             text        not null,
  body              text        not null,
  in_words_of       text        not null,
  supporter         text,
  happened_on       date        not null,
  label             text,
  written_by        uuid,
  written_by_member uuid,
  written_at        timestamptz not null default clock_timestamp(),
  version           integer     not null default 0,
  constraint plan_entry_pk primary key (id),
  constraint plan_entry_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint plan_entry_stage check (stage in ('discover', 'dream', 'design', 'deliver')),
  constraint plan_entry_words check (in_words_of in ('person', 'worker', 'supporter')),
  constraint plan_entry_supporter_named check (in_words_of <> 'supporter' or length(trim(supporter)) > 0),
  constraint plan_entry_body_length check (length(body) between 1 and 2000),
  constraint plan_entry_label check (label in ('safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'))
);
create index plan_entry_person_ix on support.plan_entry (person_id, stage, happened_on);

-- The people and places around them. Closeness 1 is the inner ring.
create table support.plan_network_member (
  id             uuid        not null default gen_random_uuid(),
  person_id      uuid        not null,
  name           text        not null,
  kind           text        not null,
  relationship   text,
  helps_with     text,
  closeness      integer     not null,
  still_around   boolean     not null default true,
  label          text,
  added_by       uuid,
  added_at       timestamptz not null default clock_timestamp(),
  version        integer     not null default 0,
  constraint plan_network_member_pk primary key (id),
  constraint plan_network_member_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint plan_network_member_kind check (kind in ('family', 'friend', 'peer', 'teacher', 'professional', 'place')),
  constraint plan_network_member_closeness check (closeness between 1 and 3),
  constraint plan_network_member_name_length check (length(name) between 1 and 100),
  constraint plan_network_member_label check (label in ('safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'))
);
create index plan_network_member_person_ix on support.plan_network_member (person_id);

-- Goals in the person's words. Never "failed": achieved, paused or let go.
create table support.plan_goal (
  id                uuid        not null default gen_random_uuid(),
  person_id         uuid        not null,
  domain_id         uuid        not null,
  words             text        not null,
  in_words_of       text        not null,
  status            text        not null default 'working-on',
  label             text,
  set_on            date        not null,
  set_by            uuid,
  set_at            timestamptz not null default clock_timestamp(),
  version           integer     not null default 0,
  constraint plan_goal_pk primary key (id),
  constraint plan_goal_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint plan_goal_domain_fk foreign key (domain_id) references support.life_domain (id),
  constraint plan_goal_words check (in_words_of in ('person', 'worker', 'supporter')),
  constraint plan_goal_words_length check (length(words) between 1 and 500),
  constraint plan_goal_status check (status in ('working-on', 'achieved', 'paused', 'let-go')),
  constraint plan_goal_label check (label in ('safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'))
);
create index plan_goal_person_ix on support.plan_goal (person_id, set_at);

-- A goal's steps: who helps (someone from their network, or a worker), and whether it is done.
create table support.plan_goal_step (
  id             uuid        not null default gen_random_uuid(),
  person_id      uuid        not null,
  goal_id        uuid        not null,
  words          text        not null,
  helper_network uuid,
  helper_worker  uuid,
  done_on        date,
  added_by       uuid,
  added_at       timestamptz not null default clock_timestamp(),
  version        integer     not null default 0,
  constraint plan_goal_step_pk primary key (id),
  constraint plan_goal_step_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint plan_goal_step_goal_fk foreign key (goal_id) references support.plan_goal (id) on delete cascade,
  constraint plan_goal_step_helper_fk foreign key (helper_network) references support.plan_network_member (id) on delete set null,
  constraint plan_goal_step_words_length check (length(words) between 1 and 500),
  constraint plan_goal_step_one_helper check (num_nonnulls(helper_network, helper_worker) <= 1)
);
create index plan_goal_step_goal_ix on support.plan_goal_step (goal_id, added_at);
create index plan_goal_step_person_ix on support.plan_goal_step (person_id);

-- A review of the plan: what went well, what changed. The next review is derived from the latest.
create table support.plan_review (
  id          uuid        not null default gen_random_uuid(),
  person_id   uuid        not null,
  reviewed_on date        not null,
  went_well   text,
  changed     text,
  in_words_of text        not null,
  reviewed_by uuid,
  recorded_at timestamptz not null default clock_timestamp(),
  constraint plan_review_pk primary key (id),
  constraint plan_review_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint plan_review_words check (in_words_of in ('person', 'worker', 'supporter')),
  constraint plan_review_text_length check (length(coalesce(went_well, '')) <= 2000 and length(coalesce(changed, '')) <= 2000)
);
create index plan_review_person_ix on support.plan_review (person_id, reviewed_on desc);

-- Progress towards a goal on a 1-10 scale, one row per rating, so the journey is kept.
create table support.plan_goal_rating (
  id          uuid        not null default gen_random_uuid(),
  person_id   uuid        not null,
  goal_id     uuid        not null,
  rated_on    date        not null,
  score       integer     not null,
  rated_by    text        not null,
  note        text,
  review_id   uuid,
  recorded_by uuid,
  recorded_at timestamptz not null default clock_timestamp(),
  constraint plan_goal_rating_pk primary key (id),
  constraint plan_goal_rating_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint plan_goal_rating_goal_fk foreign key (goal_id) references support.plan_goal (id) on delete cascade,
  constraint plan_goal_rating_review_fk foreign key (review_id) references support.plan_review (id) on delete set null,
  constraint plan_goal_rating_score check (score between 1 and 10),
  constraint plan_goal_rating_by check (rated_by in ('person', 'worker', 'supporter')),
  constraint plan_goal_rating_note_length check (length(coalesce(note, '')) <= 500)
);
create index plan_goal_rating_goal_ix on support.plan_goal_rating (goal_id, rated_on);
create index plan_goal_rating_person_ix on support.plan_goal_rating (person_id);

-- What the person gives back, recorded as achievements.
create table support.plan_contribution (
  id          uuid        not null default gen_random_uuid(),
  person_id   uuid        not null,
  kind        text        not null,
  happened_on date        not null,
  words       text        not null,
  in_words_of text        not null,
  recorded_by uuid,
  recorded_at timestamptz not null default clock_timestamp(),
  constraint plan_contribution_pk primary key (id),
  constraint plan_contribution_person_fk foreign key (person_id) references support.person (id) on delete cascade,
  constraint plan_contribution_kind check (kind in ('volunteering', 'peer-support', 'co-production', 'other')),
  constraint plan_contribution_words check (in_words_of in ('person', 'worker', 'supporter')),
  constraint plan_contribution_words_length check (length(words) between 1 and 1000)
);
create index plan_contribution_person_ix on support.plan_contribution (person_id, happened_on desc);
