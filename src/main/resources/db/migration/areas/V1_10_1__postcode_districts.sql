-- Postcode districts placed in areas (issue 19). Outcomes are counted by the outward part of a
-- person's postcode (BK1), never by address; this is how needs sets them beside an area. A
-- district goes in the smallest area that holds all of it as the alliance draws it (a town, or a
-- district council for villages); wards are smaller than postcode districts, so none is placed in
-- a ward.
create table areas.postcode_district (
  outward    text not null,
  area_code  text not null,
  constraint postcode_district_pk primary key (outward),
  constraint postcode_district_area_fk foreign key (area_code) references areas.area (code),
  constraint postcode_district_shape check (outward ~ '^[A-Z]{1,2}[0-9][0-9A-Z]?$')
);
create index postcode_district_area_ix on areas.postcode_district (area_code);
