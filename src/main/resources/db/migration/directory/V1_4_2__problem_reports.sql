-- "Report a problem with this page": what a visitor says is wrong with a service's entry, kept for
-- the editors who look after it.
create table directory.problem_report (
  id             uuid        not null default gen_random_uuid(),
  service_id     text        not null,
  what_is_wrong  text        not null,
  reporter_email text,
  reported_at    timestamptz not null default now(),
  resolved_at    timestamptz,
  resolved_by    uuid,
  resolution     text,
  constraint problem_report_pk primary key (id),
  constraint problem_report_service_fk foreign key (service_id) references directory.service (id) on delete cascade,
  constraint problem_report_text_length check (length(what_is_wrong) between 1 and 2000)
);
create index problem_report_open_ix on directory.problem_report (service_id) where resolved_at is null;
