-- Flyway runs this as the schema's owner after every migrate (every start), so tables, sequences
-- and functions added by any later migration are granted without that migration remembering to.
-- The application's role (${app_role}; empty when one role is both owner and application) may read
-- and write every module's tables but only read and append to the audit log. It owns nothing, so it
-- can neither alter, disable the triggers of, nor drop anything.
do $grants$
declare
  app_role constant text := '${app_role}';
  module record;
begin
  if app_role = '' or app_role = current_user then
    return;
  end if;
  for module in
    select nspname from pg_namespace
     where nspowner = (select oid from pg_roles where rolname = current_user)
       and nspname not like 'pg\_%' and nspname not in ('information_schema', 'public')
  loop
    execute format('grant usage on schema %I to %I', module.nspname, app_role);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I',
                   module.nspname, app_role);
    execute format('grant usage, select, update on all sequences in schema %I to %I',
                   module.nspname, app_role);
    execute format('grant execute on all functions in schema %I to %I', module.nspname, app_role);
  end loop;
  if exists (select 1 from pg_namespace where nspname = 'audit') then
    execute format('revoke all on all tables in schema audit from %I', app_role);
    execute format('revoke all on all sequences in schema audit from %I', app_role);
    execute format('grant select, insert on all tables in schema audit to %I', app_role);
    execute format('grant usage on all sequences in schema audit to %I', app_role);
  end if;
end
$grants$;
