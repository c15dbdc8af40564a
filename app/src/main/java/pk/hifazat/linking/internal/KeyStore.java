package pk.hifazat.linking.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Linking's own record of keys and of which reports name them. Every write is one statement for a
 * whole batch, from arrays ({@code unnest}), whatever the number of reports and keys.
 */
@Repository
class KeyStore {

    private final JdbcClient jdbc;
    private final LinkingProperties properties;

    KeyStore(JdbcClient jdbc, LinkingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** A report's keys to record: the report, when it was received, and what it names. */
    record Naming(UUID report, Instant receivedAt, List<LinkKey> keys) {
    }

    /**
     * The batch's keys as they now stand, by digest; the clusters of the ones reports named before;
     * and, by handle key digest, how many new spellings of each handle the batch brought (written
     * with the batch, {@link ClusterStore#write}).
     */
    record Counted(Map<UUID, StoredKey> keys, KeyClusters clusters, Map<UUID, Long> newSpellings) {

        static final Counted NOTHING = new Counted(Map.of(), new KeyClusters(Map.of()), Map.of());
    }

    /**
     * Counts a batch's namings into its keys, adding the keys no report named before, lists a key
     * for analysts once it passes the candidate threshold, and answers every key of the batch as it
     * now stands, with the cluster of any report that named it before (every report naming a linking
     * key is in one cluster). One statement for the keys and their clusters,
     * whatever their number; the namings themselves are written with the batch ({@link #rows}), after
     * this statement, so that a report being linked is never its own answer.
     */
    Counted count(Collection<Naming> namings) {
        Map<UUID, LinkKey> keys = new HashMap<>();
        Map<UUID, Integer> counts = new HashMap<>();
        namings.forEach(naming -> naming.keys().forEach(key -> {
            keys.putIfAbsent(key.digest(), key);
            counts.merge(key.digest(), 1, Integer::sum);
        }));
        if (keys.isEmpty()) {
            return Counted.NOTHING;
        }
        List<LinkKey> sorted = keys.values().stream().sorted(Comparator.comparing(LinkKey::digest)).toList();
        int n = sorted.size();
        UUID[] digest = new UUID[n];
        String[] kind = new String[n], value = new String[n], platform = new String[n], handle = new String[n];
        boolean[] strong = new boolean[n];
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            LinkKey key = sorted.get(i);
            digest[i] = key.digest();
            kind[i] = key.kind();
            value[i] = key.value();
            platform[i] = key.platform();
            handle[i] = key.isHandle() ? key.value() : key.handle();
            strong[i] = key.strong();
            degree[i] = counts.get(key.digest());
        }
        Map<UUID, StoredKey> stored = new HashMap<>();
        Map<Long, UUID> clusters = new HashMap<>();
        Map<UUID, Long> newSpellings = new HashMap<>();
        jdbc.sql("""
                        WITH counted AS (
                            INSERT INTO link_key AS k (digest, kind, value, platform, handle, strong, degree)
                            SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::int[])
                            ON CONFLICT (digest) DO UPDATE SET degree = k.degree + excluded.degree
                            RETURNING k.id, k.digest, k.kind, k.strong, k.confirmed, k.degree, k.handle, k.xmax = 0 AS added)
                        SELECT c.*, d.state, named.cluster_id
                        FROM counted c LEFT JOIN link_key_decision d ON d.key_id = c.id
                        LEFT JOIN LATERAL (SELECT r.cluster_id FROM link_report_key e JOIN link_report r ON r.report_id = e.report_id
                                           WHERE e.key_id = c.id LIMIT 1) AS named ON true""")
                .params(digest, kind, value, platform, handle, strong, degree)
                .query(rs -> {
                    StoredKey key = row(rs, 0);
                    stored.put(key.digest(), key);
                    UUID cluster = rs.getObject("cluster_id", UUID.class);
                    if (cluster != null) {
                        clusters.put(key.id(), cluster);
                    }
                    if (rs.getBoolean("added") && "USERNAME".equals(key.kind())) {
                        newSpellings.merge(new LinkKey(LinkKey.HANDLE, rs.getString("handle"), null, null, false, null)
                                .digest(), 1L, Long::sum);
                    }
                });
        listCandidates(stored.values());
        return new Counted(stored, new KeyClusters(clusters), newSpellings);
    }

    /** Which report names which key, as arrays for {@link ClusterStore#write}. */
    record NamingRows(long[] key, UUID[] report, String[] received, String[] times) {
    }

    /** The namings of a batch, by key id. */
    static NamingRows rows(Collection<Naming> namings, Map<UUID, StoredKey> keys) {
        List<Long> key = new ArrayList<>();
        List<UUID> report = new ArrayList<>();
        List<String> received = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (Naming naming : namings) {
            for (LinkKey named : naming.keys()) {
                key.add(keys.get(named.digest()).id());
                report.add(naming.report());
                received.add(naming.receivedAt().toString());
                times.add(named.times().isEmpty() ? null
                        : named.times().stream().map(Instant::toString).collect(Collectors.joining(",")));
            }
        }
        return new NamingRows(key.stream().mapToLong(Long::longValue).toArray(), report.toArray(UUID[]::new),
                received.toArray(String[]::new), times.toArray(String[]::new));
    }

    /** The digests of the keys a report names already. */
    Set<UUID> namedBy(UUID report) {
        return Set.copyOf(jdbc.sql("""
                        SELECT k.digest FROM link_report_key e JOIN link_key k ON k.id = e.key_id WHERE e.report_id = ?""")
                .param(report).query(UUID.class).list());
    }

    static StoredKey row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredKey(rs.getLong("id"), rs.getObject("digest", UUID.class), rs.getString("kind"),
                rs.getBoolean("strong"), rs.getBoolean("confirmed"), rs.getInt("degree"), rs.getString("state"));
    }

    /** The cluster of each key reports named before. */
    record KeyClusters(Map<Long, UUID> byKey) {
    }

    private void listCandidates(Collection<StoredKey> keys) {
        long[] candidates = keys.stream()
                .filter(key -> key.decision() == null && key.degree() >= properties.noiseCandidateDegree())
                .mapToLong(StoredKey::id).toArray();
        if (candidates.length > 0) {
            jdbc.sql("""
                            INSERT INTO link_key_decision (key_id, state, candidate_since)
                            SELECT id, 'CANDIDATE', now() FROM unnest(?::bigint[]) AS c(id)
                            ON CONFLICT DO NOTHING""")
                    .param(candidates).update();
        }
    }
}
