create schema organisation;

-- Alliance members, commissioning councils and community organisations.
create table organisation.organisation (
  id              uuid        not null default gen_random_uuid(),
  name            text        not null,
  type            text        not null,
  relationship    text        not null,
  charity_number  text,
  company_number  text,
  website         text,
  version         integer     not null default 0,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  constraint organisation_pk primary key (id),
  constraint organisation_name_not_blank check (length(trim(name)) > 0),
  constraint organisation_type_known check (type in
    ('charity', 'nhs-trust', 'council', 'social-enterprise', 'faith-group', 'community-group', 'company')),
  constraint organisation_relationship_known check (relationship in ('member', 'commissioner', 'community')),
  constraint organisation_charity_number_format check (charity_number ~ '^(SC|NIC)?[0-9]{6,8}$'),
  constraint organisation_company_number_format check (company_number ~ '^([0-9]{2}|[A-Z]{2})[0-9]{6}$')
);

create unique index organisation_name_unique on organisation.organisation (lower(name));
