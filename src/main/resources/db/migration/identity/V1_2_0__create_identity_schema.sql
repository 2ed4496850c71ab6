create schema identity;

-- People who sign in. Each belongs to one organisation.
create table identity.app_user (
  id                  uuid        not null default gen_random_uuid(),
  username            citext      not null,
  display_name        text        not null,
  email               text,
  organisation_id     uuid        not null,
  password_hash       text        not null,
  enabled             boolean     not null default true,
  failed_sign_ins     integer     not null default 0,
  locked_until        timestamptz,
  totp_secret         text,
  totp_enabled        boolean     not null default false,
  totp_last_step      bigint,
  password_changed_at timestamptz not null default now(),
  last_signed_in_at   timestamptz,
  version             integer     not null default 0,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  constraint app_user_pk primary key (id),
  constraint app_user_username_unique unique (username),
  constraint app_user_username_format check (username ~ '^[A-Za-z0-9._-]{3,64}$'),
  constraint app_user_organisation_fk foreign key (organisation_id) references organisation.organisation (id),
  constraint app_user_totp_needs_secret check (not totp_enabled or totp_secret is not null)
);

create table identity.user_role (
  user_id uuid not null,
  role    text not null,
  constraint user_role_pk primary key (user_id, role),
  constraint user_role_user_fk foreign key (user_id) references identity.app_user (id) on delete cascade,
  constraint user_role_known check (role in ('commissioner', 'alliance-manager', 'practitioner', 'directory-editor', 'admin'))
);

-- One-use codes for when the authenticator is lost; only their SHA-256 is kept.
create table identity.recovery_code (
  user_id   uuid        not null,
  code_hash text        not null,
  used_at   timestamptz,
  constraint recovery_code_pk primary key (user_id, code_hash),
  constraint recovery_code_user_fk foreign key (user_id) references identity.app_user (id) on delete cascade
);

-- Spring Session's tables, so that any node can serve any request.
create table identity.http_session (
  primary_id            char(36)     not null,
  session_id            char(36)     not null,
  creation_time         bigint       not null,
  last_access_time      bigint       not null,
  max_inactive_interval int          not null,
  expiry_time           bigint       not null,
  principal_name        varchar(100),
  constraint http_session_pk primary key (primary_id)
);
create unique index http_session_ix1 on identity.http_session (session_id);
create index http_session_ix2 on identity.http_session (expiry_time);
create index http_session_ix3 on identity.http_session (principal_name);

create table identity.http_session_attributes (
  session_primary_id char(36)     not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea        not null,
  constraint http_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint http_session_attributes_fk foreign key (session_primary_id)
    references identity.http_session (primary_id) on delete cascade
);
