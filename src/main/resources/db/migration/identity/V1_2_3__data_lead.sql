-- A member's data lead makes the member's national returns (NDTMS): they see the member's return and
-- what would be rejected in it, never case notes. A role of its own, since no other role should.
alter table identity.user_role drop constraint user_role_known;
alter table identity.user_role add constraint user_role_known
  check (role in ('commissioner', 'alliance-manager', 'practitioner', 'directory-editor', 'admin',
                  'data-protection-lead', 'data-lead'));
