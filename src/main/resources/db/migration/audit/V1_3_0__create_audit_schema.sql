create schema audit;

-- Append-only record of who did what to which subject. Written in the same transaction as the
-- change it records, so a change without its audit entry cannot be committed.
create table audit.audit_event (
  id                     bigint      generated always as identity,
  occurred_at            timestamptz not null default clock_timestamp(),
  actor_user_id          uuid,
  actor_username         text,
  actor_organisation_id  uuid,
  actor_organisation     text,
  action                 text        not null,
  subject_type           text,
  subject_id             text,
  person_id              uuid,
  reason                 text,
  detail                 text,
  client_address         text,
  constraint audit_event_pk primary key (id),
  constraint audit_event_action_not_blank check (length(trim(action)) > 0)
);

create index audit_event_occurred_at_ix on audit.audit_event (occurred_at desc);
create index audit_event_actor_ix on audit.audit_event (actor_user_id, occurred_at desc);
create index audit_event_actor_name_ix on audit.audit_event (lower(actor_username), occurred_at desc);
create index audit_event_subject_ix on audit.audit_event (subject_type, subject_id, occurred_at desc);
create index audit_event_person_ix on audit.audit_event (person_id, occurred_at desc) where person_id is not null;

-- No update, delete or truncate, whoever asks: the application has no way to rewrite history.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit.audit_event is append-only (% refused)', tg_op
    using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
  before update or delete on audit.audit_event
  for each row execute function audit.refuse_change();

create trigger audit_event_no_truncate
  before truncate on audit.audit_event
  for each statement execute function audit.refuse_change();
