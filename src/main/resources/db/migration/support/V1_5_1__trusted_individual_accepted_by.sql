-- Who at the chosen member accepted the lead (the trusted individual or a colleague there).
alter table support.trusted_individual add column accepted_by uuid;
-- The follow-up list's "not yet followed by a later contact" and the timeline read contacts by
-- person and time; missed appointments by worker are indexed already.
create index case_note_corrects_ix on support.case_note (corrects) where corrects is not null;
