-- The person's consent to quote their own words, without their name, in reports about the service
-- (the pilot evaluation report). Null is not shared; the person ticks it in their own view and may
-- withdraw it, which clears it, and the words leave every report made after that.
alter table support.own_words add column shared_in_reports_at timestamptz;

create index own_words_shared_ix on support.own_words (written_at) where shared_in_reports_at is not null;
