-- Every report a key is named in adds one to its degree. With degree a column of an index, each of
-- those updates (six per report) wrote a new entry in every index of link_key; without it, the
-- update stays on its page (a HOT update, which fillfactor 90 leaves room for) and touches no index.
-- The weak-handle page now sorts its few rows by degree itself.
DROP INDEX link_key_weak_handles;
CREATE INDEX link_key_weak_handles ON link_key (id) WHERE kind = 'HANDLE' AND variants > 1 AND NOT confirmed;
