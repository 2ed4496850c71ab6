-- Commissioning's two member roles: a member's representative on the alliance leadership team (reads
-- the agreement and open-book accounts, votes on decisions) and a member's finance lead (records the
-- member's spend in the open-book ledger). Neither sees anything of a person's record.
alter table identity.user_role drop constraint user_role_known;
alter table identity.user_role add constraint user_role_known
  check (role in ('commissioner', 'alliance-manager', 'practitioner', 'directory-editor', 'admin',
                  'data-protection-lead', 'data-lead', 'person', 'leadership', 'finance-lead'));
