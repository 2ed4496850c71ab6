-- Every read of documents asks which hidden places its reader may not see (HiddenPlaces): a partial
-- index keeps that to the few hidden rows, not a scan of every location.
create index location_address_hidden_ix on directory.location (id) where address_hidden;
