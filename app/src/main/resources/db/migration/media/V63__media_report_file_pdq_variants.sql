-- The PDQ hashes of an image's turns and mirrors, 32 bytes each one after the other, when the image
-- was at hand (a public tip's upload): near matching searches with them as well as with the hash.
ALTER TABLE media_report_file ADD COLUMN pdq_variants bytea CHECK (length(pdq_variants) % 32 = 0);
