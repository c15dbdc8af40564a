-- What the desk lists and filters by, kept beside the sealed content because the list cannot open
-- every report's normalised JSON: the reporter's category (the report's first annotation), whether
-- someone says a child is in danger now, and the district the location names. Reports stored before
-- this migration have neither category nor district (their content is sealed, so SQL cannot read it);
-- they are listed as before and are urgent only if their incident type says nothing and no one marks them.
ALTER TABLE report ADD COLUMN category text, ADD COLUMN urgent boolean NOT NULL DEFAULT false,
                   ADD COLUMN district_code text;

CREATE INDEX report_newest_urgent ON report (received_at DESC, id DESC) WHERE urgent;
CREATE INDEX report_newest_by_status ON report (status, received_at DESC, id DESC);
CREATE INDEX report_newest_by_district ON report (district_code, received_at DESC, id DESC);
