-- A cluster's size decided only which side of a merge moves, yet every batch kept it: each report
-- read its cluster's row with its keys and wrote it back grown, and each new cluster was a row, 10 to
-- 15 % of linking's work at 3 million reports. Merges are rare; a cluster's reports are counted from
-- link_report_by_cluster when one needs it, under the same lock, and the table goes.
DROP TABLE link_cluster;
