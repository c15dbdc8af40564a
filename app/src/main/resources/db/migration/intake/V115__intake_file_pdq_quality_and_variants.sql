-- What PDQ said of an image hashed here (a public tip's upload): its quality, since a hash under 50
-- is kept but never matched, and the hashes of its seven turns and mirrors (hex, separated by
-- spaces), since the image itself is gone once the tip is stored and a turned copy of known
-- material must still be found.
ALTER TABLE report_file ADD COLUMN pdq_quality smallint CHECK (pdq_quality BETWEEN 0 AND 100);
ALTER TABLE report_file ADD COLUMN pdq_variants text;
