-- Failed sign-ins counted per account and client address. A few failures from one address lock the
-- account for that address only, so one client cannot keep a person (say, admin) locked out everywhere;
-- app_user.failed_sign_ins and locked_until become the account-wide count, with a higher limit, that
-- stops guessing spread over many addresses.
create table identity.sign_in_failure (
  user_id        uuid        not null,
  client_address text        not null,
  failures       integer     not null default 0,
  locked_until   timestamptz,
  updated_at     timestamptz not null default now(),
  constraint sign_in_failure_pk primary key (user_id, client_address),
  constraint sign_in_failure_user_fk foreign key (user_id) references identity.app_user (id) on delete cascade
);
create index sign_in_failure_updated_ix on identity.sign_in_failure (updated_at);
