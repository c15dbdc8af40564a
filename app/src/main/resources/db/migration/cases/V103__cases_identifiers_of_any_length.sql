-- A person's identifier may be a profile address longer than an index row can hold (2,048
-- characters of any script): the key holds a digest of the value, never the value itself.
ALTER TABLE case_person_identifier DROP CONSTRAINT case_person_identifier_pkey;
CREATE UNIQUE INDEX case_person_identifier_once ON case_person_identifier (person_id, kind, md5(value), platform);
