-- Webhook subscriptions (issue 18): a subscriber's address gets a signed notice of each change to
-- the directory, retried with back-off, with a log of every delivery.
create table directory.subscription (
  id           uuid        not null default gen_random_uuid(),
  url          text        not null,
  -- The signing secret, sealed under the key that is never in the database (identity.Secrets).
  secret       text        not null,
  description  text,
  added_by     text        not null,
  added_at     timestamptz not null default now(),
  constraint subscription_pk primary key (id),
  constraint subscription_url_shape check (url ~ '^https?://' and length(url) <= 2000),
  constraint subscription_description_length check (length(description) <= 200)
);

-- One notice per subscription and change, queued in the change's own transaction (the trigger
-- below), so no change is missed and none is sent for a change that was rolled back.
create table directory.subscription_delivery (
  id              bigint      generated always as identity,
  subscription_id uuid        not null references directory.subscription (id) on delete cascade,
  change_seq      bigint      not null,
  resource_type   text        not null,
  resource_id     text        not null,
  changed_at      timestamptz not null,
  attempts        integer     not null default 0,
  next_attempt_at timestamptz not null default now(),
  delivered_at    timestamptz,
  -- Given up after the last attempt: kept in the log, sent no more.
  given_up_at     timestamptz,
  last_status     integer,
  last_error      text,
  constraint subscription_delivery_pk primary key (id)
);
create index subscription_delivery_due_ix on directory.subscription_delivery (next_attempt_at)
  where delivered_at is null and given_up_at is null;
create index subscription_delivery_log_ix on directory.subscription_delivery (subscription_id, id desc);

create function directory.queue_notices() returns trigger language plpgsql as $$
begin
  insert into directory.subscription_delivery
    (subscription_id, change_seq, resource_type, resource_id, changed_at)
  select s.id, c.seq, c.resource_type, c.resource_id, c.changed_at
    from new_changes c cross join directory.subscription s
   -- Places are left out: a hidden place's id must not leave the directory, and a service's
   -- notice already covers the places it is delivered at.
   where c.resource_type in ('service', 'organization', 'taxonomy', 'taxonomy_term');
  return null;
end $$;

create trigger change_queues_notices after insert on directory.change
  referencing new table as new_changes
  for each statement execute function directory.queue_notices();
