package pk.hifazat.linking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.database.TimeOrderedIds;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.ClusterId;
import pk.hifazat.linking.ClusterMerge;
import pk.hifazat.linking.ClustersSplit;
import pk.hifazat.linking.LinkedReport;
import pk.hifazat.linking.ReportsLinked;

/**
 * Brings clusters back in line with the keys after a decision about one key: when a key stops
 * linking, each cluster it was in is split into what still holds together; when a key starts
 * linking, every cluster it is in is merged into the largest. Called under the linking lock.
 */
@Component
class ClusterRepair {

    private final JdbcClient jdbc;
    private final ClusterStore clusters;
    private final LinkingProperties properties;
    private final ApplicationEventPublisher events;

    ClusterRepair(JdbcClient jdbc, ClusterStore clusters, LinkingProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clusters = clusters;
        this.properties = properties;
        this.events = events;
    }

    /** The clusters of the reports that name a key. */
    List<UUID> clustersNaming(long key) {
        return jdbc.sql("""
                        SELECT DISTINCT r.cluster_id FROM link_report_key e JOIN link_report r ON r.report_id = e.report_id
                        WHERE e.key_id = ?""")
                .param(key).query(UUID.class).list();
    }

    /** Merges every cluster whose reports name the key into the largest; announces the merges. */
    void mergeAllNaming(long key) {
        List<UUID> named = clustersNaming(key);
        if (named.size() < 2) {
            return;
        }
        Map<UUID, Integer> sizes = clusters.sizes(named);
        UUID into = named.stream().max(Comparator.comparing((UUID c) -> sizes.getOrDefault(c, 0)).thenComparing(c -> c))
                .orElseThrow();
        Map<UUID, UUID> absorbedInto = new LinkedHashMap<>();
        for (UUID cluster : named) {
            if (!cluster.equals(into)) {
                absorbedInto.put(cluster, into);
            }
        }
        clusters.merge(absorbedInto);
        events.publishEvent(new ReportsLinked(List.of(), absorbedInto.entrySet().stream()
                .map(m -> new ClusterMerge(new ClusterId(m.getKey()), new ClusterId(m.getValue()))).toList()));
    }

    /**
     * Splits a cluster into the parts that its linking keys and duplicates still hold together: the
     * largest part keeps the cluster, each other part gets a new one. Announces a split, if any.
     *
     * @return whether it came apart
     */
    boolean split(UUID cluster) {
        ClusterPartition<UUID> partition = new ClusterPartition<>();
        Map<Long, UUID> firstNaming = new HashMap<>();
        Map<UUID, UUID> originals = new HashMap<>();
        jdbc.sql("""
                        SELECT r.report_id, r.duplicate_of, k.id, k.digest, k.kind, k.strong, k.confirmed, k.degree, d.state
                        FROM link_report r
                        LEFT JOIN link_report_key e ON e.report_id = r.report_id
                        LEFT JOIN link_key k ON k.id = e.key_id
                        LEFT JOIN link_key_decision d ON d.key_id = k.id
                        WHERE r.cluster_id = ?
                        ORDER BY r.received_at, r.report_id""")
                .param(cluster)
                .query(rs -> {
                    UUID report = rs.getObject("report_id", UUID.class);
                    partition.add(report);
                    UUID original = rs.getObject("duplicate_of", UUID.class);
                    if (original != null) {
                        originals.put(report, original);
                        partition.join(report, original);
                    }
                    if (rs.getObject("id") != null && KeyStore.row(rs, 0).links(properties)) {
                        partition.join(report, firstNaming.computeIfAbsent(rs.getLong("id"), id -> report));
                    }
                });
        List<List<UUID>> parts = new ArrayList<>(partition.groups());
        if (parts.size() < 2) {
            return false;
        }
        parts.sort(Comparator.comparing((List<UUID> part) -> part.size()).reversed());
        Map<UUID, UUID> moves = new LinkedHashMap<>();
        List<LinkedReport> moved = new ArrayList<>();
        for (List<UUID> part : parts.subList(1, parts.size())) {
            UUID target = TimeOrderedIds.next();
            for (UUID report : part) {
                moves.put(report, target);
                UUID original = originals.get(report);
                moved.add(new LinkedReport(new ReportId(report), new ClusterId(target),
                        original == null ? null : new ReportId(original)));
            }
        }
        clusters.move(moves);
        events.publishEvent(new ClustersSplit(new ClusterId(cluster), moved));
        return true;
    }
}
