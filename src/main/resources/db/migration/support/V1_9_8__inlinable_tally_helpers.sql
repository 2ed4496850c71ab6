-- Both helpers run for every fact a tally counts (three million rows a year at bench size), and as
-- first written PostgreSQL could not inline either: tally_month(date) cast the date to a
-- timestamp with time zone (stable, not immutable), and postcode_area had a FROM. Called as
-- functions they cost more than the counting itself (4 s of a 19 s tally). As single immutable
-- expressions they are inlined into the query.
create or replace function support.tally_month(day date) returns date
  language sql immutable parallel safe
  as $$ select cast(date_trunc('month', cast(day as timestamp)) as date) $$;

create or replace function support.postcode_area(postcode text) returns text
  language sql immutable parallel safe
  as $$
    select case when length(regexp_replace(postcode, '\s', '', 'g')) between 5 and 7
                then upper(left(regexp_replace(postcode, '\s', '', 'g'),
                                length(regexp_replace(postcode, '\s', '', 'g')) - 3)) end
  $$;
