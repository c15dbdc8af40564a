-- The file whose picture a report file was first found to look like (its seq), the same for every
-- file of one picture: the one key that joins all their reports. NULL while the file looks like no
-- other. Without it, the hundredth report of a picture was joined to each of the ninety-nine before
-- it, one key each.
ALTER TABLE media_report_file ADD COLUMN look_alike bigint;
