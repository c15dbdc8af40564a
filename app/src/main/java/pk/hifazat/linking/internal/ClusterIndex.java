package pk.hifazat.linking.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.ClusterId;
import pk.hifazat.linking.Clusters;
import pk.hifazat.linking.LinkStrength;
import pk.hifazat.linking.LinkedReport;
import pk.hifazat.linking.SharedIdentifier;

/** Reading clusters and links from linking's own tables; every query on an index. */
@Service
@Transactional(readOnly = true)
class ClusterIndex implements Clusters {

    private final JdbcClient jdbc;
    private final LinkingProperties properties;

    ClusterIndex(JdbcClient jdbc, LinkingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public Optional<ClusterId> clusterOf(ReportId report) {
        return linked(report).map(LinkedReport::cluster);
    }

    @Override
    public Optional<LinkedReport> linked(ReportId report) {
        return jdbc.sql("SELECT cluster_id, duplicate_of FROM link_report WHERE report_id = ?")
                .param(report.value())
                .query((rs, n) -> new LinkedReport(report, new ClusterId(rs.getObject(1, UUID.class)),
                        reportId(rs.getObject(2, UUID.class))))
                .optional();
    }

    @Override
    public List<ReportId> reportsIn(ClusterId cluster, int limit) {
        return jdbc.sql("SELECT report_id FROM link_report WHERE cluster_id = ? ORDER BY received_at, report_id LIMIT ?")
                .params(cluster.value(), limit)
                .query((rs, n) -> new ReportId(rs.getObject(1, UUID.class))).list();
    }

    @Override
    public int size(ClusterId cluster) {
        return jdbc.sql("SELECT count(*) FROM link_report WHERE cluster_id = ?").param(cluster.value())
                .query(Integer.class).single();
    }

    @Override
    public List<ReportId> duplicatesOf(ReportId report, int limit) {
        return jdbc.sql("SELECT report_id FROM link_report WHERE duplicate_of = ? ORDER BY received_at, report_id LIMIT ?")
                .params(report.value(), limit)
                .query((rs, n) -> new ReportId(rs.getObject(1, UUID.class))).list();
    }

    /**
     * One statement: the report's keys, and for each the newest other reports naming it, on the
     * keys' indexes; the counts are the keys' own. Each key is read by its id in a lateral subquery
     * ({@code LIMIT 1} keeps the planner from turning it into a join), so that a misjudged row count
     * can never make it hash the whole key table for one report page. For a handle, the reports that name the very same
     * username as this one are left out: they are already listed under the username.
     */
    @Override
    public List<SharedIdentifier> sharedBy(ReportId report, int limit) {
        List<SharedIdentifier> shared = new ArrayList<>();
        jdbc.sql("""
                        SELECT k.id, k.digest, k.kind, k.value, k.platform, k.strong, k.confirmed, k.degree, d.state, e.times,
                               ARRAY(SELECT o.report_id FROM link_report_key o
                                     WHERE o.key_id = k.id AND o.report_id <> :report
                                       AND (k.kind <> 'HANDLE' OR NOT EXISTS (
                                            SELECT 1 FROM link_report_key x
                                            WHERE x.report_id = o.report_id AND x.key_id = ANY (n.ids)))
                                     ORDER BY o.received_at DESC, o.report_id DESC LIMIT :limit) AS others,
                               CASE WHEN k.kind = 'HANDLE' THEN greatest(0, k.degree - n.degrees)
                                    ELSE k.degree - 1 END AS other_count
                        FROM link_report_key e
                        CROSS JOIN LATERAL (SELECT * FROM link_key WHERE id = e.key_id LIMIT 1) AS k
                        LEFT JOIN LATERAL (SELECT state FROM link_key_decision WHERE key_id = k.id LIMIT 1) AS d ON true
                        LEFT JOIN LATERAL (
                            SELECT array_agg(u.id) AS ids, coalesce(sum(u.degree), 0) AS degrees
                            FROM link_report_key y
                            CROSS JOIN LATERAL (SELECT id, degree FROM link_key
                                                WHERE id = y.key_id AND kind = 'USERNAME' AND handle = k.value LIMIT 1) AS u
                            WHERE y.report_id = :report) AS n ON k.kind = 'HANDLE'
                        WHERE e.report_id = :report
                        ORDER BY k.id""")
                .param("report", report.value())
                .param("limit", limit)
                .query(rs -> {
                    StoredKey key = KeyStore.row(rs, 0);
                    int others = rs.getInt("other_count");
                    if (key.kind().equals(LinkKey.HANDLE) && others == 0) {
                        return;
                    }
                    shared.add(new SharedIdentifier(key.kind(), rs.getString("value"), rs.getString("platform"),
                            key.strength(properties), reportIds(rs.getArray("others")), others, times(rs)));
                });
        return shared;
    }

    @Override
    public Map<ReportId, List<SharedIdentifier>> namedBy(Collection<ReportId> reports) {
        if (reports.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " reports at once: " + reports.size());
        }
        Map<ReportId, List<SharedIdentifier>> named = new HashMap<>();
        reports.forEach(r -> named.put(r, new ArrayList<>()));
        if (reports.isEmpty()) {
            return named;
        }
        jdbc.sql("""
                        SELECT e.report_id, k.id, k.digest, k.kind, k.value, k.platform, k.strong, k.confirmed, k.degree,
                               d.state, e.times
                        FROM link_report_key e
                        JOIN link_key k ON k.id = e.key_id
                        LEFT JOIN link_key_decision d ON d.key_id = k.id
                        WHERE e.report_id = ANY (?) AND k.kind <> 'HANDLE'
                        ORDER BY e.report_id, k.id""")
                .param(reports.stream().map(ReportId::value).toArray(UUID[]::new))
                .query(rs -> {
                    StoredKey key = KeyStore.row(rs, 0);
                    named.get(new ReportId(rs.getObject("report_id", UUID.class))).add(new SharedIdentifier(key.kind(),
                            rs.getString("value"), rs.getString("platform"), key.strength(properties), List.of(),
                            key.degree() - 1, times(rs)));
                });
        return named;
    }

    private static List<ReportId> reportIds(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(id -> new ReportId((UUID) id)).toList();
    }

    private static List<Instant> times(ResultSet rs) throws SQLException {
        Array times = rs.getArray("times");
        return times == null ? List.of()
                : Arrays.stream((Timestamp[]) times.getArray()).map(Timestamp::toInstant).toList();
    }

    private static ReportId reportId(UUID id) {
        return id == null ? null : new ReportId(id);
    }
}
