package pk.hifazat.linking.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Records the keys and who names them (again naming a key changes nothing), counts the reports
     * of each, lists a key for analysts once it passes the candidate threshold, and answers every
     * key of the batch as it now stands, by digest.
     */
    Map<UUID, StoredKey> record(Collection<Naming> namings) {
        Map<UUID, LinkKey> keys = new LinkedHashMap<>();
        namings.forEach(naming -> naming.keys().forEach(key -> keys.putIfAbsent(key.digest(), key)));
        if (keys.isEmpty()) {
            return Map.of();
        }
        addKeys(keys.values());
        addNamings(namings);
        Map<UUID, StoredKey> stored = read(keys.keySet());
        listCandidates(stored.values());
        return stored;
    }

    /** Keys by digest, as they stand. */
    Map<UUID, StoredKey> read(Collection<UUID> digests) {
        return jdbc.sql("""
                        SELECT k.id, k.digest, k.kind, k.strong, k.confirmed, k.degree, d.state
                        FROM link_key k LEFT JOIN link_key_decision d ON d.key_id = k.id
                        WHERE k.digest = ANY (?::uuid[])""")
                .param(digests.toArray(UUID[]::new))
                .query(KeyStore::row).list().stream()
                .collect(Collectors.toMap(StoredKey::digest, key -> key));
    }

    static StoredKey row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredKey(rs.getLong("id"), rs.getObject("digest", UUID.class), rs.getString("kind"),
                rs.getBoolean("strong"), rs.getBoolean("confirmed"), rs.getInt("degree"), rs.getString("state"));
    }

    /**
     * The cluster of each key that links: that of any report naming it, as every report naming a
     * linking key is in one cluster. The reports being linked are not asked (one of them may be
     * placed already, a report with an addition); keys named by no other linked report are left out.
     */
    Map<Long, UUID> clustersOf(Collection<Long> keyIds, Collection<UUID> linking) {
        if (keyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, UUID> clusters = new HashMap<>();
        jdbc.sql("""
                        SELECT k.id, (SELECT r.cluster_id FROM link_report_key e JOIN link_report r ON r.report_id = e.report_id
                                      WHERE e.key_id = k.id AND e.report_id <> ALL (?::uuid[]) LIMIT 1) AS cluster_id
                        FROM unnest(?::bigint[]) AS k(id)""")
                .params(linking.toArray(UUID[]::new), keyIds.stream().mapToLong(Long::longValue).toArray())
                .query(rs -> {
                    UUID cluster = rs.getObject("cluster_id", UUID.class);
                    if (cluster != null) {
                        clusters.put(rs.getLong("id"), cluster);
                    }
                });
        return clusters;
    }

    private void addKeys(Collection<LinkKey> keys) {
        List<LinkKey> sorted = keys.stream().sorted(Comparator.comparing(LinkKey::digest)).toList();
        int n = sorted.size();
        UUID[] digest = new UUID[n];
        String[] kind = new String[n], value = new String[n], platform = new String[n], handle = new String[n];
        boolean[] strong = new boolean[n];
        for (int i = 0; i < n; i++) {
            LinkKey key = sorted.get(i);
            digest[i] = key.digest();
            kind[i] = key.kind();
            value[i] = key.value();
            platform[i] = key.platform();
            handle[i] = key.isHandle() ? key.value() : key.handle();
            strong[i] = key.strong();
        }
        List<String> newUsernames = jdbc.sql("""
                        INSERT INTO link_key (digest, kind, value, platform, handle, strong)
                        SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[])
                        ON CONFLICT (digest) DO NOTHING
                        RETURNING kind, handle""")
                .params(digest, kind, value, platform, handle, strong)
                .query((rs, i) -> "USERNAME".equals(rs.getString(1)) ? rs.getString(2) : null).list();
        Map<UUID, Long> spellings = newUsernames.stream().filter(h -> h != null)
                .collect(Collectors.groupingBy(h -> new LinkKey(LinkKey.HANDLE, h, null, null, false, null).digest(),
                        Collectors.counting()));
        if (!spellings.isEmpty()) {
            jdbc.sql("""
                            UPDATE link_key k SET variants = k.variants + s.count
                            FROM unnest(?::uuid[], ?::int[]) AS s(digest, count) WHERE k.digest = s.digest""")
                    .params(spellings.keySet().toArray(UUID[]::new),
                            spellings.values().stream().mapToInt(Long::intValue).toArray())
                    .update();
        }
    }

    private void addNamings(Collection<Naming> namings) {
        List<UUID> digest = new ArrayList<>();
        List<UUID> report = new ArrayList<>();
        List<String> received = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (Naming naming : namings) {
            for (LinkKey key : naming.keys()) {
                digest.add(key.digest());
                report.add(naming.report());
                received.add(naming.receivedAt().toString());
                times.add(key.times().isEmpty() ? null
                        : key.times().stream().map(Instant::toString).collect(Collectors.joining(",")));
            }
        }
        jdbc.sql("""
                        WITH named AS (
                            INSERT INTO link_report_key (key_id, report_id, received_at, times)
                            SELECT k.id, e.report, e.received::timestamptz, string_to_array(e.times, ',')::timestamptz[]
                            FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[]) AS e(digest, report, received, times)
                            JOIN link_key k ON k.digest = e.digest
                            ORDER BY k.id
                            ON CONFLICT DO NOTHING
                            RETURNING key_id)
                        UPDATE link_key k SET degree = k.degree + n.count
                        FROM (SELECT key_id, count(*) AS count FROM named GROUP BY key_id) AS n
                        WHERE k.id = n.key_id""")
                .params(digest.toArray(UUID[]::new), report.toArray(UUID[]::new), received.toArray(String[]::new),
                        times.toArray(String[]::new))
                .update();
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
