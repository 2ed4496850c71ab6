-- A record gone from its feed is withdrawn only after an editor has looked at it.
alter table directory.feed_record
  add column withdrawn_at timestamptz,
  add column withdrawn_by text;
