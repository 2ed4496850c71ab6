-- The register's version: one number that every statement changing a contract, its councils'
-- shares or its values moves on, whoever makes it (a page, an import, a test's own SQL). A node
-- keeps the totals it worked out for a year of the register under the version it read first, and
-- knows from this one row, read on every page, when they are out of date, whichever node made the
-- change. Statement-level triggers: a bulk insert moves it once.
--
-- The row is locked by the first change in a transaction until it commits, so register writes
-- queue one after another; they are one contract a transaction (an import, many new ones), so no
-- two transactions hold rows of each other's contracts while they wait.
create table commissioning.register_version (
  only_row boolean primary key default true check (only_row),
  version  bigint not null default 0
);
insert into commissioning.register_version default values;

create function commissioning.register_changed() returns trigger
  language plpgsql as $$
begin
  update commissioning.register_version set version = version + 1;
  return null;
end
$$;

create trigger register_changed after insert or update or delete or truncate
  on commissioning.contract for each statement execute function commissioning.register_changed();
create trigger register_changed after insert or update or delete or truncate
  on commissioning.contract_council for each statement execute function commissioning.register_changed();
create trigger register_changed after insert or update or delete or truncate
  on commissioning.contract_value for each statement execute function commissioning.register_changed();
