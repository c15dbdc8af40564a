package pk.hifazat.media.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.media.BankId;

/** The entries of the banks: added in batches, removed as false positives, read as matches name them. */
@Repository
class BankEntries {

    private static final String INSERT = "INSERT INTO media_entry (bank_id, import_id, md5, sha1, sha256, pdq, pdq_quality, "
            + "category, series, victim_identified) SELECT ?, ?, u.* FROM unnest(?::bytea[], ?::bytea[], ?::bytea[], "
            + "?::bytea[], ?::int2[], ?::text[], ?::text[], ?::bool[]) AS u ON CONFLICT DO NOTHING RETURNING id";
    private static final String KNOWN = "SELECT e.id, e.bank_id, b.name, b.severity, coalesce(e.category, b.default_category), "
            + "e.series, e.victim_identified FROM media_entry e JOIN media_bank b ON b.id = e.bank_id ";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final ChangeLog changes;
    private final Clock clock;

    BankEntries(JdbcTemplate jdbcTemplate, JdbcClient jdbc, ChangeLog changes, Clock clock) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
    }

    /** What one batch added: how many, and the range of their ids (empty when none). */
    record Added(int count, long from, long to) {
    }

    /**
     * Inserts the batch in one statement; entries whose hash the bank already has add nothing. The
     * change is logged, so every instance's index learns of the new entries.
     */
    Added add(BankId bank, long importId, List<ParsedEntry> batch) {
        List<Long> ids = jdbcTemplate.execute((Connection c) -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                int n = batch.size();
                byte[][] md5 = new byte[n][];
                byte[][] sha1 = new byte[n][];
                byte[][] sha256 = new byte[n][];
                byte[][] pdq = new byte[n][];
                Short[] quality = new Short[n];
                String[] category = new String[n];
                String[] series = new String[n];
                Boolean[] victim = new Boolean[n];
                for (int i = 0; i < n; i++) {
                    ParsedEntry e = batch.get(i);
                    md5[i] = e.md5();
                    sha1[i] = e.sha1();
                    sha256[i] = e.sha256();
                    pdq[i] = e.pdq();
                    quality[i] = e.pdqQuality() == null ? null : e.pdqQuality().shortValue();
                    category[i] = e.category();
                    series[i] = e.series();
                    victim[i] = e.victimIdentified();
                }
                insert.setObject(1, bank.value());
                insert.setLong(2, importId);
                insert.setArray(3, c.createArrayOf("bytea", md5));
                insert.setArray(4, c.createArrayOf("bytea", sha1));
                insert.setArray(5, c.createArrayOf("bytea", sha256));
                insert.setArray(6, c.createArrayOf("bytea", pdq));
                insert.setArray(7, c.createArrayOf("int2", quality));
                insert.setArray(8, c.createArrayOf("text", category));
                insert.setArray(9, c.createArrayOf("text", series));
                insert.setArray(10, c.createArrayOf("bool", victim));
                List<Long> inserted = new ArrayList<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getLong(1));
                    }
                }
                return inserted;
            }
        });
        if (ids == null || ids.isEmpty()) {
            return new Added(0, 0, -1);
        }
        long from = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
        long to = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
        changes.entriesAdded(bank, importId, from, to);
        return new Added(ids.size(), from, to);
    }

    /** Marks the entry removed; false when it was already removed or does not exist. */
    boolean remove(long entry, String reason, String by) {
        Optional<BankId> bank = jdbc.sql("UPDATE media_entry SET removed_at = ?, removed_by = ?, removed_reason = ? "
                        + "WHERE id = ? AND removed_at IS NULL RETURNING bank_id")
                .params(Timestamp.from(clock.instant()), by, reason, entry)
                .query((rs, n) -> new BankId(rs.getObject(1, UUID.class))).optional();
        bank.ifPresent(b -> changes.entryRemoved(b, entry));
        return bank.isPresent();
    }

    Optional<KnownEntry> byId(long entry) {
        return jdbc.sql(KNOWN + "WHERE e.id = ?").param(entry).query(BankEntries::known).optional();
    }

    /** The live entries of the ids, by id. */
    Map<Long, KnownEntry> live(Collection<Long> ids) {
        Map<Long, KnownEntry> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql(KNOWN + "WHERE e.id = ANY(?) AND e.removed_at IS NULL").param(ids.toArray(Long[]::new))
                .query(BankEntries::known).list().forEach(k -> found.put(k.id(), k));
        return found;
    }

    /** Live entries of matching banks with one of these hashes of the algorithm, each with the hash it has. */
    List<Map.Entry<byte[], KnownEntry>> exact(HashAlgorithm algorithm, Collection<byte[]> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        String column = column(algorithm);
        return jdbc.sql("SELECT e." + column + ", " + KNOWN.substring("SELECT ".length()) + "WHERE e." + column
                        + " = ANY(?) AND e.removed_at IS NULL AND b.enabled AND b.retired_at IS NULL")
                .param(hashes.toArray(byte[][]::new))
                .query((rs, n) -> Map.entry(rs.getBytes(1), knownAt(rs, 1)))
                .list();
    }

    static String column(HashAlgorithm algorithm) {
        return switch (algorithm) {
            case MD5 -> "md5";
            case SHA1 -> "sha1";
            case SHA256 -> "sha256";
            case PDQ -> "pdq";
        };
    }

    private static KnownEntry known(ResultSet rs, int row) throws SQLException {
        return knownAt(rs, 0);
    }

    private static KnownEntry knownAt(ResultSet rs, int o) throws SQLException {
        return new KnownEntry(rs.getLong(o + 1), new BankId(rs.getObject(o + 2, UUID.class)), rs.getString(o + 3),
                Severity.valueOf(rs.getString(o + 4)), rs.getString(o + 5), rs.getString(o + 6), rs.getBoolean(o + 7));
    }
}
