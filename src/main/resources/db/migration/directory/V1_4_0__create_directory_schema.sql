-- The directory's store of record: the Human Services Data Specification 3.0 tables, one for each
-- resource in the standard's tabular data package (HSDS datapackage.json, copied under
-- src/main/resources/standards/hsds-3.0), with the same names and columns, so that the tabular
-- form imports and exports column for column. Foreign keys are deferred to commit, so an import
-- can write a package's rows in any order inside one transaction. Additions beyond HSDS 3.0 come
-- in later migrations.
create schema directory;

create table directory.organization (
  id                         text not null,
  name                       text not null,
  alternate_name             text,
  description                text not null,
  email                      text,
  website                    text,
  tax_status                 text,
  tax_id                     text,
  year_incorporated          integer,
  legal_status               text,
  logo                       text,
  uri                        text,
  parent_organization_id     text,
  constraint organization_pk primary key (id)
);

create table directory.organization_identifier (
  id                         text not null,
  organization_id            text not null,
  identifier_scheme          text,
  identifier_type            text not null,
  identifier                 text not null,
  constraint organization_identifier_pk primary key (id),
  constraint organization_identifier_organization_id_fk foreign key (organization_id) references directory.organization (id) on delete cascade deferrable initially deferred
);
create index organization_identifier_organization_id_ix on directory.organization_identifier (organization_id);

create table directory.program (
  id                         text not null,
  organization_id            text not null,
  name                       text not null,
  alternate_name             text,
  description                text not null,
  constraint program_pk primary key (id),
  constraint program_organization_id_fk foreign key (organization_id) references directory.organization (id) on delete cascade deferrable initially deferred
);
create index program_organization_id_ix on directory.program (organization_id);

create table directory.service (
  id                         text not null,
  organization_id            text not null,
  program_id                 text,
  name                       text not null,
  alternate_name             text,
  description                text,
  url                        text,
  email                      text,
  status                     text not null,
  interpretation_services    text,
  application_process        text,
  fees_description           text,
  wait_time                  text,
  fees                       text,
  accreditations             text,
  eligibility_description    text,
  minimum_age                numeric,
  maximum_age                numeric,
  assured_date               date,
  assurer_email              text,
  licenses                   text,
  alert                      text,
  last_modified              timestamptz,
  constraint service_pk primary key (id),
  constraint service_organization_id_fk foreign key (organization_id) references directory.organization (id) on delete cascade deferrable initially deferred,
  constraint service_program_id_fk foreign key (program_id) references directory.program (id) on delete set null deferrable initially deferred
);
create index service_organization_id_ix on directory.service (organization_id);
create index service_program_id_ix on directory.service (program_id);

create table directory.location (
  id                         text not null,
  location_type              text not null,
  url                        text,
  organization_id            text,
  name                       text,
  alternate_name             text,
  description                text,
  transportation             text,
  latitude                   numeric,
  longitude                  numeric,
  external_identifier        text,
  external_identifier_type   text,
  constraint location_pk primary key (id),
  constraint location_organization_id_fk foreign key (organization_id) references directory.organization (id) on delete set null deferrable initially deferred
);
create index location_organization_id_ix on directory.location (organization_id);

create table directory.address (
  id                         text not null,
  location_id                text,
  attention                  text,
  address_1                  text not null,
  address_2                  text,
  city                       text not null,
  region                     text,
  state_province             text not null,
  postal_code                text not null,
  country                    text not null,
  address_type               text not null,
  constraint address_pk primary key (id),
  constraint address_location_id_fk foreign key (location_id) references directory.location (id) on delete cascade deferrable initially deferred
);
create index address_location_id_ix on directory.address (location_id);

create table directory.service_at_location (
  id                         text not null,
  service_id                 text not null,
  location_id                text not null,
  description                text,
  constraint service_at_location_pk primary key (id),
  constraint service_at_location_service_id_fk foreign key (service_id) references directory.service (id) on delete cascade deferrable initially deferred,
  constraint service_at_location_location_id_fk foreign key (location_id) references directory.location (id) on delete cascade deferrable initially deferred
);
create index service_at_location_service_id_ix on directory.service_at_location (service_id);
create index service_at_location_location_id_ix on directory.service_at_location (location_id);

create table directory.contact (
  id                         text not null,
  organization_id            text,
  service_id                 text,
  service_at_location_id     text,
  location_id                text,
  name                       text,
  title                      text,
  department                 text,
  email                      text,
  constraint contact_pk primary key (id),
  constraint contact_location_id_fk foreign key (location_id) references directory.location (id) on delete cascade deferrable initially deferred,
  constraint contact_organization_id_fk foreign key (organization_id) references directory.organization (id) on delete cascade deferrable initially deferred,
  constraint contact_service_id_fk foreign key (service_id) references directory.service (id) on delete cascade deferrable initially deferred,
  constraint contact_service_at_location_id_fk foreign key (service_at_location_id) references directory.service_at_location (id) on delete cascade deferrable initially deferred
);
create index contact_location_id_ix on directory.contact (location_id);
create index contact_organization_id_ix on directory.contact (organization_id);
create index contact_service_id_ix on directory.contact (service_id);
create index contact_service_at_location_id_ix on directory.contact (service_at_location_id);

create table directory.phone (
  id                         text not null,
  location_id                text,
  service_id                 text,
  organization_id            text,
  contact_id                 text,
  service_at_location_id     text,
  number                     text not null,
  extension                  integer,
  type                       text,
  description                text,
  constraint phone_pk primary key (id),
  constraint phone_contact_id_fk foreign key (contact_id) references directory.contact (id) on delete cascade deferrable initially deferred,
  constraint phone_location_id_fk foreign key (location_id) references directory.location (id) on delete cascade deferrable initially deferred,
  constraint phone_organization_id_fk foreign key (organization_id) references directory.organization (id) on delete cascade deferrable initially deferred,
  constraint phone_service_id_fk foreign key (service_id) references directory.service (id) on delete cascade deferrable initially deferred,
  constraint phone_service_at_location_id_fk foreign key (service_at_location_id) references directory.service_at_location (id) on delete cascade deferrable initially deferred
);
create index phone_contact_id_ix on directory.phone (contact_id);
create index phone_location_id_ix on directory.phone (location_id);
create index phone_organization_id_ix on directory.phone (organization_id);
create index phone_service_id_ix on directory.phone (service_id);
create index phone_service_at_location_id_ix on directory.phone (service_at_location_id);

create table directory.schedule (
  id                         text not null,
  service_id                 text,
  location_id                text,
  service_at_location_id     text,
  valid_from                 date,
  valid_to                   date,
  dtstart                    date,
  timezone                   numeric,
  until                      date,
  count                      integer,
  wkst                       text,
  freq                       text,
  "interval"                 integer,
  byday                      text,
  byweekno                   text,
  bymonthday                 text,
  byyearday                  text,
  description                text,
  opens_at                   time,
  closes_at                  time,
  schedule_link              text,
  attending_type             text,
  notes                      text,
  constraint schedule_pk primary key (id),
  constraint schedule_location_id_fk foreign key (location_id) references directory.location (id) on delete cascade deferrable initially deferred,
  constraint schedule_service_id_fk foreign key (service_id) references directory.service (id) on delete cascade deferrable initially deferred,
  constraint schedule_service_at_location_id_fk foreign key (service_at_location_id) references directory.service_at_location (id) on delete cascade deferrable initially deferred
);
create index schedule_location_id_ix on directory.schedule (location_id);
create index schedule_service_id_ix on directory.schedule (service_id);
create index schedule_service_at_location_id_ix on directory.schedule (service_at_location_id);

create table directory.funding (
  id                         text not null,
  organization_id            text,
  service_id                 text,
  source                     text,
  constraint funding_pk primary key (id),
  constraint funding_organization_id_fk foreign key (organization_id) references directory.organization (id) on delete cascade deferrable initially deferred,
  constraint funding_service_id_fk foreign key (service_id) references directory.service (id) on delete cascade deferrable initially deferred
);
create index funding_organization_id_ix on directory.funding (organization_id);
create index funding_service_id_ix on directory.funding (service_id);

create table directory.service_area (
  id                         text not null,
  service_id                 text,
  name                       text,
  description                text,
  extent                     text,
  extent_type                text,
  uri                        text,
  constraint service_area_pk primary key (id),
  constraint service_area_service_id_fk foreign key (service_id) references directory.service (id) on delete cascade deferrable initially deferred
);
create index service_area_service_id_ix on directory.service_area (service_id);

create table directory.required_document (
  id                         text not null,
  service_id                 text,
  document                   text,
  uri                        text,
  constraint required_document_pk primary key (id),
  constraint required_document_service_id_fk foreign key (service_id) references directory.service (id) on delete cascade deferrable initially deferred
);
create index required_document_service_id_ix on directory.required_document (service_id);

create table directory.language (
  id                         text not null,
  service_id                 text,
  location_id                text,
  phone_id                   text,
  name                       text,
  code                       text,
  note                       text,
  constraint language_pk primary key (id),
  constraint language_location_id_fk foreign key (location_id) references directory.location (id) on delete cascade deferrable initially deferred,
  constraint language_phone_id_fk foreign key (phone_id) references directory.phone (id) on delete cascade deferrable initially deferred,
  constraint language_service_id_fk foreign key (service_id) references directory.service (id) on delete cascade deferrable initially deferred
);
create index language_location_id_ix on directory.language (location_id);
create index language_phone_id_ix on directory.language (phone_id);
create index language_service_id_ix on directory.language (service_id);

create table directory.accessibility (
  id                         text not null,
  location_id                text,
  description                text,
  details                    text,
  url                        text,
  constraint accessibility_pk primary key (id),
  constraint accessibility_location_id_fk foreign key (location_id) references directory.location (id) on delete cascade deferrable initially deferred
);
create index accessibility_location_id_ix on directory.accessibility (location_id);

create table directory.taxonomy (
  id                         text not null,
  name                       text not null,
  description                text not null,
  uri                        text,
  version                    text,
  constraint taxonomy_pk primary key (id)
);

create table directory.taxonomy_term (
  id                         text not null,
  code                       text,
  name                       text not null,
  description                text not null,
  parent_id                  text,
  taxonomy                   text,
  language                   text,
  taxonomy_id                text,
  term_uri                   text,
  constraint taxonomy_term_pk primary key (id),
  constraint taxonomy_term_taxonomy_id_fk foreign key (taxonomy_id) references directory.taxonomy (id) on delete cascade deferrable initially deferred
);
create index taxonomy_term_taxonomy_id_ix on directory.taxonomy_term (taxonomy_id);

create table directory.attribute (
  id                         text not null,
  link_id                    text not null,
  taxonomy_term_id           text not null,
  link_type                  text,
  link_entity                text not null,
  value                      text,
  constraint attribute_pk primary key (id),
  constraint attribute_taxonomy_term_id_fk foreign key (taxonomy_term_id) references directory.taxonomy_term (id) on delete cascade deferrable initially deferred
);
create index attribute_taxonomy_term_id_ix on directory.attribute (taxonomy_term_id);

create table directory.cost_option (
  id                         text not null,
  service_id                 text not null,
  valid_from                 date,
  valid_to                   date,
  option                     text,
  currency                   text,
  amount                     numeric,
  amount_description         text,
  constraint cost_option_pk primary key (id),
  constraint cost_option_service_id_fk foreign key (service_id) references directory.service (id) on delete cascade deferrable initially deferred
);
create index cost_option_service_id_ix on directory.cost_option (service_id);

create table directory.metadata (
  id                         text not null,
  resource_id                text not null,
  resource_type              text not null,
  last_action_date           date not null,
  last_action_type           text not null,
  field_name                 text not null,
  previous_value             text not null,
  replacement_value          text not null,
  updated_by                 text not null,
  constraint metadata_pk primary key (id)
);

create table directory.meta_table_description (
  id                         text not null,
  name                       text,
  language                   text,
  character_set              text,
  constraint meta_table_description_pk primary key (id)
);

create index attribute_link_ix on directory.attribute (link_entity, link_id);
create index taxonomy_term_parent_ix on directory.taxonomy_term (parent_id);
create index metadata_resource_ix on directory.metadata (resource_type, resource_id);
