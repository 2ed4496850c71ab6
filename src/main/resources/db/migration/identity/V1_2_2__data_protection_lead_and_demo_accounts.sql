-- The data-protection lead reviews break-glass use, the audit of reads, retention and subject-access
-- requests. A role of its own, since none of the others should do that work.
alter table identity.user_role drop constraint user_role_known;
alter table identity.user_role add constraint user_role_known
  check (role in ('commissioner', 'alliance-manager', 'practitioner', 'directory-editor', 'admin',
                  'data-protection-lead'));

-- Accounts the demo alliance made. In demo mode (and only there) they may read people's records
-- without a second factor, so that a first start shows every page; nothing else may.
alter table identity.app_user add column demo_account boolean not null default false;
