-- Every edge checked that both its nodes exist: two look-ups and row locks per edge, over 600,000
-- per 100,000 bulk reports. Nodes are never deleted, and an edge is written only with the ids its
-- nodes' upsert returned, in the same transaction, so the check could never fail.
ALTER TABLE net_edge DROP CONSTRAINT net_edge_source_id_fkey;
ALTER TABLE net_edge DROP CONSTRAINT net_edge_target_id_fkey;
