-- The words people use when they look for support, mapped to the directory's own words: street
-- names of drugs, ways of saying drinking, and the family words ("my son", "my partner") that say
-- the search is for someone else. Data, not code, so an editor can add the words their area uses.
create table directory.search_word (
  id           uuid        not null default gen_random_uuid(),
  -- What people type: one to three words, lower case.
  words        text        not null,
  -- The directory's word for it, searched for and shown back ("Showing services for cannabis").
  means        text        not null,
  -- The words name someone else, so services for families and carers come up too.
  someone_else boolean     not null default false,
  added_by     text        not null default 'Alliance',
  added_at     timestamptz not null default now(),
  version      integer     not null default 0,
  constraint search_word_pk primary key (id),
  constraint search_word_words_shape check (words ~ '^[a-z0-9''-]+( [a-z0-9''-]+){0,2}$' and length(words) <= 60),
  constraint search_word_means_length check (length(means) between 1 and 80)
);
create unique index search_word_words_ux on directory.search_word (words);

insert into directory.search_word (words, means, someone_else) values
  -- Drinking
  ('booze', 'alcohol', false), ('drink', 'alcohol', false), ('drinks', 'alcohol', false),
  ('drinking', 'alcohol', false), ('drinker', 'alcohol', false), ('drunk', 'alcohol', false),
  ('alcoholic', 'alcohol', false), ('alcoholism', 'alcohol', false), ('beer', 'alcohol', false),
  ('lager', 'alcohol', false), ('wine', 'alcohol', false), ('vodka', 'alcohol', false),
  ('cider', 'alcohol', false), ('spirits', 'alcohol', false), ('binge', 'alcohol', false),
  ('hangover', 'alcohol', false), ('pissed', 'alcohol', false), ('bevvy', 'alcohol', false),
  ('sober', 'alcohol', false), ('dry out', 'alcohol detoxification', false),
  ('drying out', 'alcohol detoxification', false), ('detox', 'detoxification', false),
  ('withdrawal', 'detoxification', false), ('shakes', 'alcohol detoxification', false),
  -- Cannabis
  ('weed', 'cannabis', false), ('skunk', 'cannabis', false), ('pot', 'cannabis', false),
  ('grass', 'cannabis', false), ('hash', 'cannabis', false), ('spliff', 'cannabis', false),
  ('joint', 'cannabis', false), ('joints', 'cannabis', false), ('marijuana', 'cannabis', false),
  ('ganja', 'cannabis', false), ('smoking weed', 'cannabis', false), ('stoned', 'cannabis', false),
  ('thc', 'cannabis', false), ('vape pen', 'cannabis', false),
  -- Opiates
  ('heroin', 'opiates', false), ('smack', 'opiates', false), ('gear', 'opiates', false),
  ('brown', 'opiates', false), ('skag', 'opiates', false), ('opioid', 'opiates', false),
  ('opioids', 'opiates', false), ('opiate', 'opiates', false), ('methadone', 'opiates', false),
  ('buprenorphine', 'opiates', false), ('subutex', 'opiates', false), ('fentanyl', 'opiates', false),
  ('codeine', 'opiates', false), ('painkillers', 'opiates', false), ('tramadol', 'opiates', false),
  ('morphine', 'opiates', false), ('nitazenes', 'opiates', false), ('overdose', 'naloxone', false),
  ('od', 'naloxone', false),
  -- Stimulants
  ('cocaine', 'stimulants', false), ('coke', 'stimulants', false), ('charlie', 'stimulants', false),
  ('crack', 'stimulants', false), ('rock', 'stimulants', false), ('speed', 'stimulants', false),
  ('amphetamine', 'stimulants', false), ('amphetamines', 'stimulants', false),
  ('meth', 'stimulants', false), ('crystal meth', 'stimulants', false), ('mdma', 'stimulants', false),
  ('ecstasy', 'stimulants', false), ('pills', 'stimulants', false), ('molly', 'stimulants', false),
  ('ket', 'stimulants', false), ('ketamine', 'stimulants', false),
  -- New psychoactive substances
  ('spice', 'new psychoactive substances', false), ('mamba', 'new psychoactive substances', false),
  ('legal highs', 'new psychoactive substances', false), ('nps', 'new psychoactive substances', false),
  ('synthetic cannabinoids', 'new psychoactive substances', false),
  ('nitrous', 'new psychoactive substances', false), ('nos', 'new psychoactive substances', false),
  ('balloons', 'new psychoactive substances', false),
  -- Using, injecting and harm reduction
  ('needles', 'needle exchange', false), ('syringes', 'needle exchange', false),
  ('injecting', 'needle exchange', false), ('works', 'needle exchange', false),
  ('naloxone', 'naloxone', false), ('narcan', 'naloxone', false),
  ('addict', 'drugs', false), ('addiction', 'drugs', false), ('addicted', 'drugs', false),
  ('using', 'drugs', false), ('substance', 'drugs', false), ('substances', 'drugs', false),
  ('rehab', 'residential', false), ('clinic', 'treatment', false),
  ('homeless', 'homelessness', false), ('sleeping rough', 'rough sleeping', false),
  ('on the streets', 'rough sleeping', false), ('nowhere to live', 'homelessness', false),
  ('hostel', 'supported accommodation', false), ('job', 'employment', false),
  ('jobs', 'employment', false), ('work', 'employment', false), ('debt', 'money and debt', false),
  ('benefits', 'money and debt', false), ('food', 'food', false), ('hungry', 'food', false),
  ('depressed', 'mental health', false), ('depression', 'mental health', false),
  ('anxiety', 'mental health', false), ('suicidal', 'mental health crisis', false),
  ('court', 'criminal justice', false), ('probation', 'criminal justice', false),
  ('prison', 'criminal justice', false), ('police', 'criminal justice', false),
  ('arrested', 'criminal justice', false), ('teenager', 'young people', false),
  ('teenagers', 'young people', false), ('teen', 'young people', false),
  ('kids', 'young people', false), ('youth', 'young people', false),
  ('domestic violence', 'domestic abuse', false), ('abusive', 'domestic abuse', false),
  ('meetings', 'mutual aid', false), ('aa', 'alcoholics anonymous', false),
  ('na', 'narcotics anonymous', false),
  -- Someone else: a search that names them is for the family or a friend, not only for the person.
  ('my son', 'families and carers', true), ('son', 'families and carers', true),
  ('my daughter', 'families and carers', true), ('daughter', 'families and carers', true),
  ('my partner', 'families and carers', true), ('partner', 'families and carers', true),
  ('my husband', 'families and carers', true), ('husband', 'families and carers', true),
  ('my wife', 'families and carers', true), ('wife', 'families and carers', true),
  ('my mum', 'families and carers', true), ('mum', 'families and carers', true),
  ('my mom', 'families and carers', true), ('mom', 'families and carers', true),
  ('my mother', 'families and carers', true), ('mother', 'families and carers', true),
  ('my dad', 'families and carers', true), ('dad', 'families and carers', true),
  ('my father', 'families and carers', true), ('father', 'families and carers', true),
  ('my parents', 'families and carers', true), ('parent', 'families and carers', true),
  ('my brother', 'families and carers', true), ('brother', 'families and carers', true),
  ('my sister', 'families and carers', true), ('sister', 'families and carers', true),
  ('my boyfriend', 'families and carers', true), ('boyfriend', 'families and carers', true),
  ('my girlfriend', 'families and carers', true), ('girlfriend', 'families and carers', true),
  ('my friend', 'families and carers', true), ('friend', 'families and carers', true),
  ('my child', 'families and carers', true), ('my children', 'families and carers', true),
  ('my kids', 'families and carers', true), ('loved one', 'families and carers', true),
  ('family member', 'families and carers', true), ('grandson', 'families and carers', true),
  ('granddaughter', 'families and carers', true), ('nan', 'families and carers', true),
  ('carer', 'families and carers', true), ('caring', 'families and carers', true);
