-- Other publishers' Open Referral feeds (issue 18): the council's family information service, the
-- NHS, national helplines. Each is pulled on its schedule; each record it gives keeps its source.
create table directory.feed (
  id             uuid        not null default gen_random_uuid(),
  name           text        not null,
  url            text        not null,
  -- 'oruk3' (HSDS 3.0 pages: contents, total_pages) or 'oruk1' (content, totalElements, totalPages)
  format         text        not null,
  every_hours    integer     not null default 24,
  added_by       text        not null,
  added_at       timestamptz not null default now(),
  -- One pull at a time per feed, on any node: a pull holds this lease while it runs.
  pulling_since  timestamptz,
  -- For conditional requests: what the publisher said of the first page last time.
  etag           text,
  last_modified  text,
  constraint feed_pk primary key (id),
  constraint feed_format check (format in ('oruk3', 'oruk1')),
  constraint feed_every_hours check (every_hours between 1 and 24 * 28),
  constraint feed_url_shape check (url ~ '^https?://' and length(url) <= 2000),
  constraint feed_name_length check (length(name) between 1 and 200)
);
create unique index feed_url_ux on directory.feed (url);

-- Every pull, finished or not, with what it did.
create table directory.feed_pull (
  id           uuid        not null default gen_random_uuid(),
  feed_id      uuid        not null references directory.feed (id) on delete cascade,
  started_at   timestamptz not null default now(),
  finished_at  timestamptz,
  -- 'running', 'imported', 'unchanged' (the publisher said nothing changed), 'failed'
  outcome      text        not null default 'running',
  pages        integer     not null default 0,
  records      integer     not null default 0,
  imported     integer     not null default 0,
  skipped      integer     not null default 0,
  repaired     integer     not null default 0,
  gone         integer     not null default 0,
  summary      text,
  constraint feed_pull_pk primary key (id),
  constraint feed_pull_outcome check (outcome in ('running', 'imported', 'unchanged', 'failed'))
);
create index feed_pull_feed_ix on directory.feed_pull (feed_id, started_at desc);

-- What a pull did to each record: repaired (and how), or skipped (and why).
create table directory.feed_repair (
  pull_id    uuid not null references directory.feed_pull (id) on delete cascade,
  line       integer not null,
  source_id  text,
  skipped    boolean not null,
  what       text not null,
  constraint feed_repair_pk primary key (pull_id, line)
);

-- Pages fetched by a pull that has not finished, so the next pull resumes where it stopped.
create table directory.feed_page (
  feed_id    uuid        not null references directory.feed (id) on delete cascade,
  page       integer     not null,
  body       text        not null,
  fetched_at timestamptz not null default now(),
  constraint feed_page_pk primary key (feed_id, page)
);

-- Each record a feed gave: its source id, the service it became, and when it was last in the feed.
-- A record gone from its feed is marked, not deleted, until an editor has reviewed it.
create table directory.feed_record (
  feed_id      uuid        not null references directory.feed (id) on delete cascade,
  source_id    text        not null,
  service_id   text        not null,
  last_pulled  timestamptz not null,
  gone_since   timestamptz,
  constraint feed_record_pk primary key (feed_id, source_id)
);
create unique index feed_record_service_ux on directory.feed_record (service_id);
