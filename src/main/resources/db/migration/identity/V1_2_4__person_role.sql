-- The supported person, or a parent, carer or supporter they named, reading "My plan". A role of its
-- own: it reaches /my-plan and the account pages only. Which record it reads is support's business
-- (support.person_account), never the role's.
alter table identity.user_role drop constraint user_role_known;
alter table identity.user_role add constraint user_role_known
  check (role in ('commissioner', 'alliance-manager', 'practitioner', 'directory-editor', 'admin',
                  'data-protection-lead', 'data-lead', 'person'));
