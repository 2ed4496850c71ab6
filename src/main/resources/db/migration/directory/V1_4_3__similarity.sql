-- Trigram similarity finds likely duplicate entries (the same service entered twice under
-- slightly different names).
create extension if not exists pg_trgm;
create index service_name_trgm_ix on directory.service using gin (name gin_trgm_ops);
