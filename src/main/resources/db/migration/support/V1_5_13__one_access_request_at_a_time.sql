-- One waiting request for access per person and worker. The service checks first, to say so
-- kindly; this index is what holds when two requests arrive at once.
create unique index access_grant_one_request_ix on support.access_grant (person_id, user_id)
  where kind = 'specific' and status = 'requested';
