-- Found by bench-support at 300,000 people: every record page read all of a person's episodes and
-- trusted individuals through partial indexes that do not cover closed or ended rows, so
-- PostgreSQL scanned the whole table; and the search's previous-name branch compared sounds
-- without an index.
create index episode_person_ix on support.episode (person_id, opened_on desc);
create index trusted_individual_person_ix on support.trusted_individual (person_id, chosen_at desc);
create index person_name_family_metaphone_ix on support.person_name (dmetaphone(family_name));
