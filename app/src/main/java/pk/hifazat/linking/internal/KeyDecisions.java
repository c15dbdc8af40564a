package pk.hifazat.linking.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What analysts decide about keys, and linking following it at once: marking a key as noise splits
 * the clusters it held together; saying it is not noise (or confirming that a handle on several
 * platforms is one person) merges every cluster that names it. Callers check access and audit.
 */
@Service
class KeyDecisions {

    /** The longest reason kept. */
    static final int MAX_REASON = 500;

    private static final String VIEW = """
            SELECT k.id, k.kind, k.value, k.platform, k.degree, d.state, d.candidate_since, d.reason, d.decided_by,
                   d.decided_at, k.confirmed, k.variants
            FROM link_key k LEFT JOIN link_key_decision d ON d.key_id = k.id
            WHERE\s""";

    private final JdbcClient jdbc;
    private final ClusterStore clusters;
    private final ClusterRepair repair;
    private final LinkingProperties properties;

    KeyDecisions(JdbcClient jdbc, ClusterStore clusters, ClusterRepair repair, LinkingProperties properties) {
        this.jdbc = jdbc;
        this.clusters = clusters;
        this.repair = repair;
        this.properties = properties;
    }

    /** A key as the analyst pages show it. */
    record KeyView(long id, String kind, String value, String platform, int reports, String state, Instant since,
                   String reason, String decidedBy, Instant decidedAt, boolean confirmed, int spellings) {
    }

    /** Keys named by enough reports to be noise that nobody has decided about, most reports first. */
    @Transactional(readOnly = true)
    public List<KeyView> candidates(int limit) {
        return views("d.state = 'CANDIDATE' ORDER BY k.degree DESC, k.id", limit);
    }

    /** Keys an analyst marked as noise, latest first. */
    @Transactional(readOnly = true)
    public List<KeyView> noise(int limit) {
        return views("d.state = 'NOISE' ORDER BY d.decided_at DESC, k.id", limit);
    }

    /** Keys an analyst said are real identifiers though many reports name them, latest first. */
    @Transactional(readOnly = true)
    public List<KeyView> notNoise(int limit) {
        return views("d.state = 'NOT_NOISE' ORDER BY d.decided_at DESC, k.id", limit);
    }

    /** Handles written in several ways or on several platforms, not yet confirmed as one person: most reports first. */
    @Transactional(readOnly = true)
    public List<KeyView> weakLinks(int limit) {
        return views("""
                k.kind = 'HANDLE' AND k.variants > 1 AND NOT k.confirmed AND (d.state IS NULL OR d.state <> 'NOISE')
                ORDER BY k.degree DESC, k.id""", limit);
    }

    /** The usernames (and their platforms) that fold to a handle. */
    @Transactional(readOnly = true)
    public List<KeyView> spellingsOf(KeyView handle) {
        return jdbc.sql(VIEW + """
                        md5(k.handle) = md5(?) AND k.handle = ? AND k.kind = 'USERNAME'
                        ORDER BY k.degree DESC, k.platform NULLS LAST LIMIT 20""")
                .params(handle.value(), handle.value()).query(KeyDecisions::view).list();
    }

    @Transactional(readOnly = true)
    public Optional<KeyView> key(long id) {
        return one("k.id = ?", id);
    }

    /** The key, if any report names it. */
    @Transactional(readOnly = true)
    public Optional<KeyView> key(LinkKey key) {
        return one("k.digest = ?", key.digest());
    }

    private Optional<KeyView> one(String where, Object parameter) {
        return jdbc.sql(VIEW + where).param(parameter).query(KeyDecisions::view).optional();
    }

    /** Marks a key as noise; the clusters it held together split. Returns how many clusters it split. */
    @Transactional
    public int markNoise(long id, String reason, String analyst) {
        clusters.lock();
        boolean linked = stored(id).links(properties);
        decide(id, StoredKey.NOISE, reason, analyst);
        if (!linked) {
            return 0;
        }
        int split = 0;
        for (var cluster : repair.clustersNaming(id)) {
            split += repair.split(cluster) ? 1 : 0;
        }
        return split;
    }

    /** Says a key is a real identifier, not noise: it links again, even above the ceiling, and merges what names it. */
    @Transactional
    public void unmarkNoise(long id, String reason, String analyst) {
        clusters.lock();
        decide(id, StoredKey.NOT_NOISE, reason, analyst);
        if (stored(id).links(properties)) {
            repair.mergeAllNaming(id);
        }
    }

    /** Confirms that a handle's spellings are one person: it links from now on, and merges what names it. */
    @Transactional
    public void confirm(long id, String reason, String analyst) {
        clusters.lock();
        jdbc.sql("UPDATE link_key SET confirmed = true WHERE id = ? AND kind = 'HANDLE'").param(id).update();
        jdbc.sql("""
                        INSERT INTO link_key_decision (key_id, state, candidate_since, reason, decided_by, decided_at)
                        VALUES (?, 'NOT_NOISE', now(), ?, ?, now())
                        ON CONFLICT (key_id) DO UPDATE SET reason = excluded.reason, decided_by = excluded.decided_by,
                            decided_at = excluded.decided_at
                        WHERE link_key_decision.state <> 'NOISE'""")
                .params(id, reason, analyst).update();
        if (stored(id).links(properties)) {
            repair.mergeAllNaming(id);
        }
    }

    private void decide(long id, String state, String reason, String analyst) {
        jdbc.sql("""
                        INSERT INTO link_key_decision (key_id, state, candidate_since, reason, decided_by, decided_at)
                        VALUES (?, ?, now(), ?, ?, now())
                        ON CONFLICT (key_id) DO UPDATE SET state = excluded.state, reason = excluded.reason,
                            decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
                .params(id, state, reason, analyst).update();
    }

    private StoredKey stored(long id) {
        return jdbc.sql("""
                        SELECT k.id, k.digest, k.kind, k.strong, k.confirmed, k.degree, d.state
                        FROM link_key k LEFT JOIN link_key_decision d ON d.key_id = k.id WHERE k.id = ?""")
                .param(id).query(KeyStore::row).single();
    }

    private List<KeyView> views(String whereAndOrder, int limit) {
        return jdbc.sql(VIEW + whereAndOrder + " LIMIT ?").param(limit).query(KeyDecisions::view).list();
    }

    private static KeyView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new KeyView(rs.getLong("id"), rs.getString("kind"), rs.getString("value"), rs.getString("platform"),
                rs.getInt("degree"), rs.getString("state"), instant(rs.getTimestamp("candidate_since")),
                rs.getString("reason"), rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")),
                rs.getBoolean("confirmed"), rs.getInt("variants"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
