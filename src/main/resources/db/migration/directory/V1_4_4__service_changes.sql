-- Editors change the directory through proposed changes: a whole service document, published only
-- when a second person approves it. The document the editor started from is kept, so approval can
-- tell whether the service changed meanwhile and the approver sees exactly what this change does.
create table directory.service_change (
  id               uuid        not null default gen_random_uuid(),
  service_id       text        not null,
  -- null for a new service; otherwise the published document the change was made against
  base_document    jsonb,
  proposed_document jsonb      not null,
  reason           text,
  state            text        not null default 'pending',
  proposed_by      uuid        not null,
  proposed_by_name text        not null,
  proposer_organisation uuid   not null,
  proposed_at      timestamptz not null default now(),
  decided_by       uuid,
  decided_by_name  text,
  decided_at       timestamptz,
  decision_note    text,
  -- optimistic lock for an editor revising their own pending change
  version          integer     not null default 0,
  constraint service_change_pk primary key (id),
  constraint service_change_state check (state in ('pending', 'published', 'rejected', 'withdrawn')),
  constraint service_change_decided check ((state = 'pending') = (decided_at is null)),
  constraint service_change_reason_length check (reason is null or length(reason) <= 2000),
  constraint service_change_note_length check (decision_note is null or length(decision_note) <= 2000)
);
-- One open change per service, so two editors cannot queue changes that undo each other.
create unique index service_change_one_pending_ux on directory.service_change (service_id) where state = 'pending';
create index service_change_proposer_ix on directory.service_change (proposed_by, proposed_at desc);

-- Every published state of a service that went through the editors, newest number last. The state
-- before a service's first edit (as imported) and any import in between are recorded too, when the
-- next edit is published, so the history has no silent gaps.
create table directory.service_version (
  service_id   text        not null,
  number       integer     not null,
  document     jsonb       not null,
  recorded_at  timestamptz not null default now(),
  source       text        not null,
  change_id    uuid,
  published_by_name text,
  approved_by_name  text,
  reason       text,
  constraint service_version_pk primary key (service_id, number),
  constraint service_version_source check (source in ('import', 'editor')),
  constraint service_version_change_fk foreign key (change_id) references directory.service_change (id)
);
