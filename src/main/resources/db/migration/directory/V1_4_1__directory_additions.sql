-- What Alliance adds to HSDS 3.0.

-- HSDS 3.1's capacity model: how many places, beds or appointments a service has, and how many are
-- free now.
create table directory.unit (
  id          text not null,
  name        text not null,
  scheme      text,
  identifier  text,
  uri         text,
  constraint unit_pk primary key (id)
);

create table directory.service_capacity (
  id          text        not null,
  service_id  text        not null,
  unit_id     text        not null,
  available   numeric     not null,
  maximum     numeric,
  description text,
  updated     timestamptz not null,
  constraint service_capacity_pk primary key (id),
  constraint service_capacity_service_id_fk foreign key (service_id) references directory.service (id)
    on delete cascade deferrable initially deferred,
  constraint service_capacity_unit_id_fk foreign key (unit_id) references directory.unit (id)
    deferrable initially deferred,
  constraint service_capacity_not_negative check (available >= 0 and (maximum is null or maximum >= 0))
);
create index service_capacity_service_id_ix on directory.service_capacity (service_id);

-- Refuges and safe houses: the location's street address and exact position are never published;
-- its area (town, postcode district) still is.
alter table directory.location add column address_hidden boolean not null default false;

-- Which Alliance organisation looks after an HSDS organisation's entries, so that its directory
-- editors (and only they) may change them. Null: looked after by the alliance's own editors.
alter table directory.organization add column alliance_organisation_id uuid;

-- Postcode centroids for distance search without any online service (ONS Postcode Directory or
-- OS Code-Point Open, loaded by ./alliance import-postcodes). Postcodes are kept upper case with
-- no spaces.
create table directory.postcode (
  postcode  text    not null,
  latitude  numeric not null,
  longitude numeric not null,
  constraint postcode_pk primary key (postcode),
  constraint postcode_format check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$'),
  constraint postcode_latitude_range check (latitude between -90 and 90),
  constraint postcode_longitude_range check (longitude between -180 and 180)
);

-- Every change to a published service or organisation, in order: the source of modified_after and
-- of each node's search index refresh.
create table directory.change (
  seq           bigint      generated always as identity,
  resource_type text        not null,
  resource_id   text        not null,
  changed_at    timestamptz not null default clock_timestamp(),
  constraint change_pk primary key (seq)
);
create index change_resource_ix on directory.change (resource_type, resource_id);
create index service_last_modified_ix on directory.service (last_modified);
