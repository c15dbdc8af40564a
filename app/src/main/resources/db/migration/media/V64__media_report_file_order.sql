-- The order report files were kept in, so that each instance's index of report images (which finds
-- the same picture sent again in another report) can catch up with what another instance kept by
-- reading what came after the last file it knows. Matching takes an advisory lock while it keeps and
-- compares files, so this order is also the order in which they became visible.
ALTER TABLE media_report_file ADD COLUMN seq bigserial;
CREATE UNIQUE INDEX media_report_file_seq ON media_report_file (seq);
