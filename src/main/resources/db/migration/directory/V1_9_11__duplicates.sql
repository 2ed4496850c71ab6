-- One service, not five (issue 18): pairs of records that are probably the same service, found
-- across feeds and Alliance's own entries, waiting for an editor to say "same" or "different".
-- first_id < second_id, so a pair is held once whichever way round it was found.
create table directory.duplicate_pair (
  -- what pages and forms name a pair by
  id          uuid        not null default gen_random_uuid(),
  first_id    text        not null,
  second_id   text        not null,
  score       numeric(4, 3) not null,
  reasons     text[]      not null,
  found_at    timestamptz not null default now(),
  -- null while it waits in the queue; an editor's undo puts it back to null
  decision    text,
  decided_by  text,
  decided_at  timestamptz,
  constraint duplicate_pair_pk primary key (first_id, second_id),
  constraint duplicate_pair_order check (first_id < second_id),
  constraint duplicate_pair_decision check (decision in ('same', 'different')),
  constraint duplicate_pair_decided check ((decision is null) = (decided_at is null))
);
create unique index duplicate_pair_id_ux on directory.duplicate_pair (id);
create index duplicate_pair_second_ix on directory.duplicate_pair (second_id);
create index duplicate_pair_waiting_ix on directory.duplicate_pair (score desc) where decision is null;

-- Records linked as the same service publish as one: each record here is published through
-- another (the one Alliance's editors keep, when there is one). Rebuilt for a group of linked
-- records whenever a link in it is made or undone, so it always follows the 'same' pairs.
create table directory.service_link (
  service_id    text        not null,
  published_as  text        not null,
  linked_at     timestamptz not null default now(),
  constraint service_link_pk primary key (service_id),
  constraint service_link_not_self check (service_id <> published_as)
);
create index service_link_published_as_ix on directory.service_link (published_as);
