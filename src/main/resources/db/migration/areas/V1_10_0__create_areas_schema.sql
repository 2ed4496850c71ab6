-- Areas as data (issues 18 and 19): England, regions, counties, districts, towns and wards, each
-- with its code (ONS codes for real areas; made-up codes, starting X, for the demo's) and the area
-- it lies in. Coverage counts a service's reach through them; needs are reported by them.
create schema if not exists areas;

create table areas.area (
  code         text    not null,
  name         text    not null,
  kind         text    not null,
  parent_code  text,
  -- the demo's invented areas say so wherever they are shown
  made_up      boolean not null default false,
  constraint area_pk primary key (code),
  constraint area_kind check (kind in ('country', 'region', 'county', 'district', 'town', 'ward')),
  constraint area_parent_fk foreign key (parent_code) references areas.area (code) deferrable initially deferred,
  constraint area_not_own_parent check (parent_code is null or parent_code <> code),
  constraint area_code_shape check (code ~ '^[A-Z][A-Z0-9]{1,15}$'),
  constraint area_name_length check (length(name) between 1 and 200)
);
create index area_parent_ix on areas.area (parent_code);
create index area_name_ix on areas.area (lower(name));
