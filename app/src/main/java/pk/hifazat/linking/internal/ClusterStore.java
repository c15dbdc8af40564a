package pk.hifazat.linking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.database.GenericPlans;
import pk.hifazat.database.LockedRead;

/**
 * Linking's clusters and where each report is: a cluster is the reports placed in it, with no row
 * of its own. Merges move the reports of the smaller clusters into the largest, in one statement for
 * all the merges of a batch.
 */
@Repository
class ClusterStore {

    /** Serialises every change to clusters, so that two batches naming the same new key see each other. */
    private static final long LINKING_LOCK = 0x4c696e6b696e67L;

    private final JdbcClient jdbc;
    private final LockedRead locked;

    ClusterStore(JdbcClient jdbc, LockedRead locked) {
        this.jdbc = jdbc;
        this.locked = locked;
    }

    /** Waits for any other change to clusters to commit; held until this transaction ends. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LINKING_LOCK).query((rs, n) -> 1).list();
    }

    /**
     * As {@link #lock}, for linking what intake announced; and this transaction's commit does not
     * wait for the disk. Safe, because linking is redone from intake's event when it is lost: the
     * event publication registry marks the event done in a later transaction, whose commit does wait
     * for the disk and with it for everything written before, this commit included; after a crash
     * before that, the event is delivered again and the reports not yet placed are linked again.
     * Saves the wait for the disk on every report triage is waiting for. The rest of the transaction
     * is planned once per statement ({@link GenericPlans}).
     */
    void lockForIntake() {
        jdbc.sql(LOCK_FOR_INTAKE).param(LINKING_LOCK).query((rs, n) -> 1).list();
    }

    private static final String LOCK_FOR_INTAKE = "SELECT set_config('synchronous_commit', 'off', true), "
            + GenericPlans.FOR_THIS_TRANSACTION + ", pg_advisory_xact_lock(?)";

    /** A report as placed: its cluster, and what duplicate detection compares. */
    record Placed(UUID report, UUID cluster, Instant receivedAt, UUID organisation, UUID fingerprint, UUID content,
                  UUID duplicateOf) {
    }

    /** Which of a batch's reports are placed already (an event delivered again), and the reports its new ones may repeat. */
    record Found(Set<UUID> placed, List<Placed> originals) {
    }

    /**
     * {@link #lockForIntake}, then which of {@code reports} are placed ({@link #clustersOfReports})
     * and the reports that new ones with these fingerprints may repeat ({@link #originals}), in the
     * order they were received: sent together ({@link LockedRead}).
     */
    Found lockForIntakeAndFind(Collection<UUID> reports, Collection<UUID> fingerprints, Instant since) {
        return locked.afterLock(LOCK_FOR_INTAKE, "SELECT true AS placed, " + PLACED_COLUMNS
                        + " FROM link_report WHERE report_id = ANY (?::uuid[]) UNION ALL SELECT false, " + ORIGINALS,
                new Object[] {LINKING_LOCK, reports.toArray(UUID[]::new), fingerprints.toArray(UUID[]::new), Timestamp.from(since)},
                ClusterStore::found);
    }

    private static Found found(ResultSet rs) throws SQLException {
        Set<UUID> placed = new HashSet<>();
        List<Placed> originals = new ArrayList<>();
        while (rs.next()) {
            if (rs.getBoolean("placed")) {
                placed.add(rs.getObject("report_id", UUID.class));
            } else {
                originals.add(placed(rs, 0));
            }
        }
        // As PostgreSQL orders them: uuids by their bytes, which their written form keeps.
        originals.sort(Comparator.comparing(Placed::receivedAt).thenComparing(p -> p.report().toString()));
        return new Found(placed, originals);
    }

    Map<UUID, UUID> clustersOfReports(Collection<UUID> reports) {
        Map<UUID, UUID> clusters = new HashMap<>();
        jdbc.sql("SELECT report_id, cluster_id FROM link_report WHERE report_id = ANY (?::uuid[])")
                .param(reports.toArray(UUID[]::new))
                .query(rs -> {
                    clusters.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return clusters;
    }

    /**
     * How many reports each of these clusters has, counted from the cluster index: asked only when a
     * merge must choose the side that moves, so no batch keeps a count up to date.
     */
    Map<UUID, Integer> sizes(Collection<UUID> clusters) {
        Map<UUID, Integer> sizes = new HashMap<>();
        if (!clusters.isEmpty()) {
            jdbc.sql("SELECT cluster_id, count(*) FROM link_report WHERE cluster_id = ANY (?::uuid[]) GROUP BY cluster_id")
                    .param(clusters.toArray(UUID[]::new))
                    .query(rs -> {
                        sizes.put(rs.getObject(1, UUID.class), rs.getInt(2));
                    });
        }
        return sizes;
    }

    /**
     * Reports that a new report with one of these fingerprints may repeat: the first of their
     * fingerprint (not themselves duplicates), received since {@code since} or sent by an organisation.
     */
    List<Placed> originals(Collection<UUID> fingerprints, Instant since) {
        return jdbc.sql("SELECT " + ORIGINALS + " ORDER BY received_at, report_id")
                .params(fingerprints.toArray(UUID[]::new), Timestamp.from(since))
                .query(ClusterStore::placed).list();
    }

    /** What {@link #placed} reads. */
    private static final String PLACED_COLUMNS =
            "report_id, cluster_id, received_at, organisation_id, fingerprint, content, duplicate_of";

    /** {@link #originals} of {@code ?::uuid[]} fingerprints, since {@code ?}, after a SELECT. */
    private static final String ORIGINALS = PLACED_COLUMNS + """
             FROM link_report
            WHERE fingerprint = ANY (?::uuid[]) AND duplicate_of IS NULL
              AND (received_at >= ? OR organisation_id IS NOT NULL)""";

    /** Moves every report of each absorbed cluster into the one it joins: a cluster is its reports. */
    void merge(Map<UUID, UUID> absorbedInto) {
        if (absorbedInto.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE link_report r SET cluster_id = m.target
                        FROM unnest(?::uuid[], ?::uuid[]) AS m(absorbed, target) WHERE r.cluster_id = m.absorbed""")
                .params(absorbedInto.keySet().toArray(UUID[]::new), absorbedInto.values().toArray(UUID[]::new))
                .update();
    }

    /**
     * Writes a batch in one statement: the handles' new spellings ({@link KeyStore.Counted#newSpellings}),
     * which report names which key (a naming written before is left as it is) and where each new
     * report is, which is all a cluster is.
     */
    void write(Map<UUID, Long> spellings, KeyStore.NamingRows namings, List<Placed> reports) {
        int n = reports.size();
        UUID[] report = new UUID[n], cluster = new UUID[n], organisation = new UUID[n], fingerprint = new UUID[n],
                content = new UUID[n], duplicateOf = new UUID[n];
        String[] received = new String[n];
        for (int i = 0; i < n; i++) {
            Placed placed = reports.get(i);
            report[i] = placed.report();
            cluster[i] = placed.cluster();
            received[i] = placed.receivedAt().toString();
            organisation[i] = placed.organisation();
            fingerprint[i] = placed.fingerprint();
            content[i] = placed.content();
            duplicateOf[i] = placed.duplicateOf();
        }
        jdbc.sql("""
                        WITH spelled AS (
                            UPDATE link_key k SET variants = k.variants + s.count
                            FROM unnest(?::uuid[], ?::int[]) AS s(digest, count) WHERE k.digest = s.digest),
                        named AS (
                            INSERT INTO link_report_key (key_id, report_id, received_at, times)
                            SELECT e.key, e.report, e.received::timestamptz, string_to_array(e.times, ',')::timestamptz[]
                            FROM unnest(?::bigint[], ?::uuid[], ?::text[], ?::text[]) AS e(key, report, received, times)
                            ON CONFLICT DO NOTHING)
                        INSERT INTO link_report (report_id, cluster_id, received_at, organisation_id, fingerprint, content,
                                                 duplicate_of)
                        SELECT r.report, r.cluster, r.received::timestamptz, r.organisation, r.fingerprint, r.content,
                               r.duplicate_of
                        FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[])
                             AS r(report, cluster, received, organisation, fingerprint, content, duplicate_of)""")
                .params(spellings.keySet().toArray(UUID[]::new), spellings.values().stream().mapToInt(Long::intValue).toArray(),
                        namings.key(), namings.report(), namings.received(), namings.times(),
                        report, cluster, received, organisation, fingerprint, content, duplicateOf)
                .update();
    }

    /** Moves single reports to other clusters (a split). */
    void move(Map<UUID, UUID> reportToCluster) {
        if (reportToCluster.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE link_report r SET cluster_id = m.cluster
                        FROM unnest(?::uuid[], ?::uuid[]) AS m(report, cluster) WHERE r.report_id = m.report""")
                .params(reportToCluster.keySet().toArray(UUID[]::new), reportToCluster.values().toArray(UUID[]::new))
                .update();
    }

    static Placed placed(ResultSet rs, int n) throws SQLException {
        return new Placed(rs.getObject("report_id", UUID.class), rs.getObject("cluster_id", UUID.class),
                rs.getTimestamp("received_at").toInstant(), rs.getObject("organisation_id", UUID.class),
                rs.getObject("fingerprint", UUID.class), rs.getObject("content", UUID.class),
                rs.getObject("duplicate_of", UUID.class));
    }
}
