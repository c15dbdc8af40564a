package pk.hifazat.media.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.media.BankId;

/** The entries of the banks: added in batches, removed as false positives, read as matches name them. */
@Repository
class BankEntries {

    private static final String STAGING = "CREATE TEMPORARY TABLE IF NOT EXISTS media_entry_load (md5 bytea, sha1 bytea, "
            + "sha256 bytea, pdq bytea, pdq_quality smallint, category text, series text, victim_identified boolean)";
    private static final String COPY = "COPY media_entry_load FROM STDIN";
    private static final String MOVE = """
            WITH moved AS (
                INSERT INTO media_entry (bank_id, import_id, md5, sha1, sha256, pdq, pdq_quality, category, series,
                                         victim_identified)
                SELECT ?, ?, md5, sha1, sha256, pdq, pdq_quality, category, series, victim_identified FROM media_entry_load
                ORDER BY pdq, md5, sha1, sha256 ON CONFLICT DO NOTHING RETURNING id, pdq IS NOT NULL AS has_pdq
            ), tally AS (
                INSERT INTO media_bank_tally AS t (bank_id, live, pdq, removed)
                SELECT ?, count(*), count(*) FILTER (WHERE has_pdq), 0 FROM moved HAVING count(*) > 0
                ON CONFLICT (bank_id) DO UPDATE SET live = t.live + excluded.live, pdq = t.pdq + excluded.pdq
            )
            SELECT id FROM moved""";
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
     * Inserts the batch: streamed with COPY into a temporary table of this connection (emptied at
     * commit), then moved into the bank in one statement, where an entry whose hash the bank already
     * has adds nothing. COPY spares the parameters' encoding and parsing, which cost more than the
     * insert itself. The change is logged, so every instance's index learns of the new entries.
     */
    Added add(BankId bank, long importId, List<ParsedEntry> batch) {
        List<Long> ids = jdbcTemplate.execute((Connection c) -> {
            try (var create = c.createStatement()) {
                create.execute(STAGING);
            }
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(copyText(batch)));
            } catch (IOException e) {
                throw new SQLException("COPY into the staging table failed", e);
            }
            try (PreparedStatement insert = c.prepareStatement(MOVE)) {
                insert.setObject(1, bank.value());
                insert.setLong(2, importId);
                insert.setObject(3, bank.value());
                List<Long> inserted = new ArrayList<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getLong(1));
                    }
                }
                try (var empty = c.createStatement()) {
                    empty.execute("TRUNCATE media_entry_load");
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

    /** The batch in COPY's text format: tab-separated, \N for null, bytea as \x and hex. */
    private static String copyText(List<ParsedEntry> batch) {
        StringBuilder text = new StringBuilder(batch.size() * 96);
        for (ParsedEntry e : batch) {
            bytes(text, e.md5()).append('\t');
            bytes(text, e.sha1()).append('\t');
            bytes(text, e.sha256()).append('\t');
            bytes(text, e.pdq()).append('\t');
            (e.pdqQuality() == null ? text.append("\\N") : text.append(e.pdqQuality().intValue())).append('\t');
            text(text, e.category()).append('\t');
            text(text, e.series()).append('\t');
            text.append(e.victimIdentified() ? 't' : 'f').append('\n');
        }
        return text.toString();
    }

    private static StringBuilder bytes(StringBuilder text, byte[] value) {
        return value == null ? text.append("\\N") : text.append("\\\\x").append(HexFormat.of().formatHex(value));
    }

    private static StringBuilder text(StringBuilder text, String value) {
        if (value == null) {
            return text.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
        return text;
    }

    /** Marks the entry removed; false when it was already removed or does not exist. */
    boolean remove(long entry, String reason, String by) {
        Optional<BankId> bank = jdbc.sql("""
                        WITH removed AS (
                            UPDATE media_entry SET removed_at = ?, removed_by = ?, removed_reason = ?
                            WHERE id = ? AND removed_at IS NULL RETURNING bank_id, pdq IS NOT NULL AS has_pdq
                        ), tally AS (
                            UPDATE media_bank_tally t SET live = t.live - 1, pdq = t.pdq - CASE WHEN r.has_pdq THEN 1 ELSE 0 END,
                                   removed = t.removed + 1
                            FROM removed r WHERE t.bank_id = r.bank_id
                        )
                        SELECT bank_id FROM removed""")
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
