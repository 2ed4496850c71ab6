-- Each indicator says which of support's tallies it is computed from (support.Tally's codes), and
-- may carry a caveat shown beside every figure (a local estimate, a figure that lags).
alter table outcomes.indicator add column computed_from text;
alter table outcomes.indicator add column caveat text;
update outcomes.indicator set computed_from = 'did-not-attend' where code = 'did-not-attend-rate';
alter table outcomes.indicator alter column computed_from set not null;
alter table outcomes.indicator add constraint indicator_computed_from_format
  check (computed_from ~ '^[a-z][a-z0-9-]{1,40}$');

-- The default set. Targets are the demo contract's, made up for the demo; an alliance sets its own
-- by adding a version.
insert into outcomes.indicator
  (code, version, name, description, numerator, denominator, period, target, better, valid_from,
   computed_from, caveat)
values
  -- The demo contract's target from its second year: under 10% no-shows, as Plymouth reports.
  ('did-not-attend-rate', 2, 'Did-not-attend rate',
   'Of the appointments that went ahead or were missed, the share people missed without cancelling.',
   'Contacts recorded as did-not-attend in the period.',
   'Contacts recorded as attended or did-not-attend in the period (cancellations left out).',
   'month', 10, 'lower', date '2026-04-01', 'did-not-attend', null),
  ('people-engaged', 1, 'People engaged',
   'Of the people who started a period of support, the share who came to two or more contacts in its first 28 days.',
   'Periods of support opened in the period with two or more attended contacts at that member in their first 28 days.',
   'Periods of support opened in the period, once 28 days have passed.',
   'month', 75, 'higher', date '2020-01-01', 'engaged', null),
  ('assess-and-do', 1, 'Support started within three weeks',
   'Time from first contact to first support ("assess and do"): of the people who started a period of support, the share whose first attended contact came within 21 days of their referral.',
   'Periods of support whose first attended contact came no more than 21 days after the referral (or the opening, if sooner).',
   'Periods of support opened in the period, once 21 days have passed.',
   'month', 90, 'higher', date '2020-01-01', 'started-within-three-weeks', null),
  ('goals-progressed', 1, 'Goals progressed',
   'Of the goals rated again in the period, the share rated higher than at their last rating.',
   'Ratings of a goal higher than the rating before.',
   'Ratings of a goal that had been rated before.',
   'quarter', 60, 'higher', date '2020-01-01', 'goals-progressed', null),
  ('outcome-measures-improved', 1, 'Outcome measures improved',
   'Change in outcome measures between start and review: of the scores asked at a review, the share that moved the better way since the start.',
   'Scores at a review better than the same measure''s score at the start.',
   'Scores at a review with a start score for the same measure.',
   'quarter', 60, 'higher', date '2020-01-01', 'measures-improved', null),
  ('completion-opiate', 1, 'Successful completion: opiate',
   'Of opiate clients whose treatment ended, the share who completed it successfully (free of dependence, off substitute medication) and did not come back to treatment within six months.',
   'Recorded discharges of opiate clients, completed successfully, with no new treatment episode within six months.',
   'Recorded discharges of opiate clients, once six months have passed.',
   'year', 20, 'higher', date '2020-01-01', 'completion-opiate',
   'Local estimate: re-presentations at providers outside the alliance are not seen, so this overstates success against the national figure. Counted against discharges, not everyone in treatment, so that it adds up month by month; figures lag six months.'),
  ('completion-non-opiate', 1, 'Successful completion: non-opiate',
   'Of non-opiate drug clients whose treatment ended, the share who completed it successfully and did not come back to treatment within six months.',
   'Recorded discharges of non-opiate clients, completed successfully, with no new treatment episode within six months.',
   'Recorded discharges of non-opiate clients, once six months have passed.',
   'year', 50, 'higher', date '2020-01-01', 'completion-non-opiate',
   'Local estimate: re-presentations at providers outside the alliance are not seen, so this overstates success against the national figure. Counted against discharges, not everyone in treatment, so that it adds up month by month; figures lag six months.'),
  ('completion-alcohol', 1, 'Successful completion: alcohol',
   'Of alcohol-only clients whose treatment ended, the share who completed it successfully and did not come back to treatment within six months.',
   'Recorded discharges of alcohol-only clients, completed successfully, with no new treatment episode within six months.',
   'Recorded discharges of alcohol-only clients, once six months have passed.',
   'year', 50, 'higher', date '2020-01-01', 'completion-alcohol',
   'Local estimate: re-presentations at providers outside the alliance are not seen, so this overstates success against the national figure. Counted against discharges, not everyone in treatment, so that it adds up month by month; figures lag six months.'),
  ('planned-transitions', 1, 'Planned transitions at 18 and 21',
   'Of the young people in support on their 18th or 21st birthday, the share whose move to the next service happened as planned.',
   'People in support on their 18th or 21st birthday whose transition is recorded as planned.',
   'People in support on their 18th or 21st birthday.',
   'year', 90, 'higher', date '2020-01-01', 'planned-transition', null),
  ('referral-conversion', 1, 'Referrals started',
   'Of the referrals sent to members of the alliance, the share that turned into support started.',
   'Referrals to members that started (or have since completed).',
   'Referrals to members sent in the period, leaving out those withdrawn.',
   'month', 70, 'higher', date '2020-01-01', 'referral-conversion', null),
  ('dormant-re-engaged', 1, 'Dormant people re-engaged',
   'Of the people in support who went 90 days without an attended contact, the share who came back within the next 90 days.',
   'People who went dormant in the period and came to a contact within 90 days.',
   'People in support who went 90 days without an attended contact, counted in the month they did, once the next 90 days have passed.',
   'quarter', 30, 'higher', date '2020-01-01', 'dormant-re-engaged', null);
