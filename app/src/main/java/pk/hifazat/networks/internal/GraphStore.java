package pk.hifazat.networks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.cases.CaseId;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.LinkStrength;
import pk.hifazat.networks.EdgeKind;
import pk.hifazat.networks.GraphFeed;
import pk.hifazat.networks.GraphNode;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;

/** The projection's tables: nodes and edges, written idempotently, read by id. */
@Repository
class GraphStore implements GraphFeed {

    private static final long LOCK = 0x6e6574776f726bL;
    private static final int CHUNK = 10_000;

    private final JdbcClient jdbc;

    GraphStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes a batch: its nodes in one statement, its edges in another. True when an existing edge's
     * strength changed (networks must then be recomputed).
     */
    boolean write(GraphBatch batch) {
        if (batch.isEmpty()) {
            return false;
        }
        Map<NodeRef, Long> ids = upsertNodes(batch.nodes());
        List<GraphBatch.Edge> edges = List.copyOf(batch.edges());
        if (edges.isEmpty()) {
            return false;
        }
        // Only inserted and changed edges come back; an inserted row has no xmax, an updated one has.
        return jdbc.sql("""
                        WITH upsert AS (
                            INSERT INTO net_edge (source_id, target_id, kind, strength, seen_at)
                            SELECT * FROM unnest(:sources, :targets, :kinds, :strengths, :ats::timestamptz[])
                            ON CONFLICT (source_id, target_id, kind) DO UPDATE SET strength = EXCLUDED.strength
                            WHERE net_edge.strength <> EXCLUDED.strength
                            RETURNING xmax <> 0 AS changed)
                        SELECT count(*) FILTER (WHERE changed) FROM upsert""")
                .param("sources", edges.stream().map(e -> ids.get(e.from())).toArray(Long[]::new))
                .param("targets", edges.stream().map(e -> ids.get(e.to())).toArray(Long[]::new))
                .param("kinds", edges.stream().map(e -> e.kind().name()).toArray(String[]::new))
                .param("strengths", edges.stream().map(e -> e.strength().name()).toArray(String[]::new))
                .param("ats", edges.stream().map(e -> e.at().toString()).toArray(String[]::new))
                .query(Long.class).single() > 0;
    }

    private Map<NodeRef, Long> upsertNodes(Collection<GraphBatch.Node> nodes) {
        List<GraphBatch.Node> list = List.copyOf(nodes);
        Map<NodeRef, Long> ids = new HashMap<>();
        jdbc.sql("""
                        INSERT INTO net_node (kind, node_key, label, district, country, seen_at)
                        SELECT * FROM unnest(:kinds, :keys, :labels, :districts, :countries, :ats::timestamptz[])
                        ON CONFLICT (kind, md5(node_key)) DO UPDATE
                           SET label = CASE WHEN net_node.label = net_node.node_key THEN EXCLUDED.label ELSE net_node.label END,
                               district = coalesce(net_node.district, EXCLUDED.district),
                               country = coalesce(net_node.country, EXCLUDED.country),
                               seen_at = greatest(net_node.seen_at, EXCLUDED.seen_at)
                        RETURNING id, kind, node_key""")
                .param("kinds", list.stream().map(n -> n.node().ref().kind().name()).toArray(String[]::new))
                .param("keys", list.stream().map(n -> n.node().ref().key()).toArray(String[]::new))
                .param("labels", list.stream().map(n -> n.node().label()).toArray(String[]::new))
                .param("districts", list.stream().map(n -> n.node().district() == null ? null
                        : n.node().district().value()).toArray(String[]::new))
                .param("countries", list.stream().map(n -> n.node().country()).toArray(String[]::new))
                .param("ats", list.stream().map(n -> n.at().toString()).toArray(String[]::new))
                .query(rs -> {
                    ids.put(new NodeRef(NodeKind.valueOf(rs.getString(2)), rs.getString(3)), rs.getLong(1));
                });
        return ids;
    }

    @Override
    @Transactional
    public void link(GraphNode from, GraphNode to, EdgeKind kind, LinkStrength strength, Instant at) {
        GraphBatch batch = new GraphBatch();
        batch.edge(batch.node(from, at), batch.node(to, at), kind, strength, at);
        writeInTurn(batch);
    }

    /** Writes a batch in the writers' turn; a changed strength moves the generation on. */
    @Transactional
    void writeInTurn(GraphBatch batch) {
        serialise();
        if (write(batch)) {
            nextGeneration();
        }
    }

    /**
     * The strength linking last gave the edges to this identifier node; empty when no report names it
     * yet. A case person's use of it takes this strength, so that a person never joins what linking would not.
     */
    Optional<LinkStrength> strengthOf(NodeRef identifier) {
        return jdbc.sql("""
                        SELECT e.strength FROM net_edge e JOIN net_node n ON n.id = e.target_id
                        WHERE n.kind = :kind AND md5(n.node_key) = md5(:key) AND e.kind IN ('MENTIONS', 'MATCHED')
                        ORDER BY e.seq DESC LIMIT 1""")
                .param("kind", identifier.kind().name()).param("key", identifier.key())
                .query(String.class).optional().map(LinkStrength::valueOf);
    }

    /**
     * Holds the projection's lock to the end of the transaction: writers take turns, so edges commit
     * in the order of their sequence and {@link NetworkIndex} can catch up by sequence alone.
     */
    void serialise() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 1).list();
    }

    void nextGeneration() {
        jdbc.sql("UPDATE net_generation SET generation = generation + 1 WHERE id = 1").update();
    }

    Optional<Long> idOf(NodeRef ref) {
        return jdbc.sql("SELECT id FROM net_node WHERE kind = :kind AND md5(node_key) = md5(:key)")
                .param("kind", ref.kind().name()).param("key", ref.key())
                .query(Long.class).optional();
    }

    /** Every case node and its case: what a network's open cases are looked for among. */
    Map<Long, CaseId> caseNodes() {
        Map<Long, CaseId> nodes = new HashMap<>();
        jdbc.sql("SELECT id, node_key FROM net_node WHERE kind = 'CASE'").query(rs -> {
            nodes.put(rs.getLong(1), CaseId.of(rs.getString(2)));
        });
        return nodes;
    }

    /** The node ids of these reports, for those the graph holds. */
    Map<ReportId, Long> reportNodes(List<ReportId> reports) {
        Map<ReportId, Long> ids = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT node_key, id FROM net_node
                        WHERE kind = 'REPORT' AND md5(node_key) = ANY(ARRAY(SELECT md5(k) FROM unnest(:keys) k))""")
                .param("keys", reports.stream().map(r -> r.value().toString()).toArray(String[]::new))
                .query(rs -> {
                    ids.put(new ReportId(java.util.UUID.fromString(rs.getString(1))), rs.getLong(2));
                });
        return ids;
    }

    Optional<StoredNode> byId(long id) {
        return nodes(List.of(id)).stream().findFirst();
    }

    List<StoredNode> nodes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, kind, node_key, label, district, country, seen_at FROM net_node
                        WHERE id = ANY(:ids) ORDER BY id""")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, row) -> new StoredNode(rs.getLong("id"), NodeKind.valueOf(rs.getString("kind")),
                        rs.getString("node_key"), rs.getString("label"),
                        rs.getString("district") == null ? null : DistrictCode.of(rs.getString("district")),
                        rs.getString("country"), rs.getTimestamp("seen_at").toInstant()))
                .list();
    }

    /**
     * The keys of the reports among these nodes, in id order, at most {@code limit}: asked a chunk at
     * a time, so that a network of a million nodes is not sent to the database in one array.
     */
    List<String> reportsAmong(long[] ids, int limit) {
        return keysAmong(ids, NodeKind.REPORT, limit);
    }

    /** As {@link #reportsAmong}, for nodes of any kind. */
    List<String> keysAmong(long[] ids, NodeKind kind, int limit) {
        return keysAmong(ids, kind, null, limit);
    }

    /** As {@link #keysAmong}, only nodes in these districts; null for any district. */
    List<String> keysAmong(long[] ids, NodeKind kind, Collection<DistrictCode> districts, int limit) {
        List<String> keys = new ArrayList<>();
        for (int from = 0; from < ids.length && keys.size() < limit; from += CHUNK) {
            Long[] chunk = Arrays.stream(ids, from, Math.min(ids.length, from + CHUNK)).boxed().toArray(Long[]::new);
            keys.addAll(jdbc.sql("""
                            SELECT node_key FROM net_node WHERE id = ANY(:ids) AND kind = :kind
                              AND (:anywhere OR district = ANY(:districts))
                            ORDER BY id LIMIT :limit""")
                    .param("ids", chunk).param("kind", kind.name()).param("anywhere", districts == null)
                    .param("districts", districts == null ? new String[0]
                            : districts.stream().map(DistrictCode::value).toArray(String[]::new))
                    .param("limit", limit - keys.size())
                    .query(String.class).list());
        }
        return keys;
    }

    /** Every drawn (strong or weak) edge that touches one of these nodes. */
    List<StoredEdge> edgesTouching(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        List<StoredEdge> edges = new ArrayList<>();
        jdbc.sql("""
                        SELECT source_id, target_id, kind, strength, seen_at FROM net_edge
                        WHERE (source_id = ANY(:ids) OR target_id = ANY(:ids)) AND strength <> 'NOISE'
                        ORDER BY seq""")
                .param("ids", array)
                .query(rs -> {
                    edges.add(new StoredEdge(rs.getLong(1), rs.getLong(2), EdgeKind.valueOf(rs.getString(3)),
                            LinkStrength.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()));
                });
        return edges;
    }
}
