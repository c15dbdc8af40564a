package pk.hifazat.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.media.SeizedItem;
import pk.hifazat.media.SeizedMaterialSummary;

/** The hashes of files seized as cases' evidence, their matches, and which of them are unknown material. */
@Repository
class SeizedFiles {

    private static final String INSERT = "INSERT INTO media_evidence_file (case_id, case_number, item_id, item_label, name, "
            + "sha256, pdq, pdq_quality, kept_at) SELECT ?, ?, ?, ?, f.name, f.sha256, f.pdq, f.quality, ? "
            + "FROM unnest(?::text[], ?::bytea[], ?::bytea[], ?::int4[]) AS f(name, sha256, pdq, quality) "
            + "ON CONFLICT DO NOTHING RETURNING name";
    private static final String COLUMNS = "f.case_id, f.item_id, f.name, f.sha256, f.pdq, f.pdq_quality";
    private static final String LIVE_MATCHES = "FROM media_evidence_match m JOIN media_entry e ON e.id = m.entry_id "
            + "JOIN media_bank b ON b.id = m.bank_id WHERE m.case_id = ? AND e.removed_at IS NULL";

    /** A seized file waiting for a curator's look: a usable PDQ hash that matched no bank. */
    record UnknownSeizedFile(String caseNumber, String itemLabel, String name, String pdq, Instant foundAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    SeizedFiles(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    /** Keeps the item's files in one statement; only those not kept before (an item handed over again) are returned. */
    List<SeizedFile> keepNew(SeizedItem item, List<SeizedFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        Set<String> kept = new HashSet<>(jdbc.sql(INSERT)
                .params(item.caseId(), item.caseNumber(), item.item(), item.label(), Timestamp.from(clock.instant()),
                        files.stream().map(SeizedFile::name).toArray(String[]::new),
                        files.stream().map(SeizedFile::sha256).toArray(byte[][]::new),
                        files.stream().map(SeizedFile::pdq).toArray(byte[][]::new),
                        files.stream().map(SeizedFile::pdqQuality).toArray(Integer[]::new))
                .query(String.class).list());
        return files.stream().filter(f -> kept.contains(f.name())).toList();
    }

    /** Kept files with the SHA-256 of a live entry the import added. */
    List<SeizedFile> sharingSha256With(long importId) {
        return jdbc.sql("SELECT DISTINCT " + COLUMNS + " FROM media_entry e JOIN media_evidence_file f ON f.sha256 = e.sha256 "
                        + "WHERE e.import_id = ? AND e.removed_at IS NULL")
                .param(importId).query((rs, n) -> read(rs)).list();
    }

    /** Every kept file with a usable PDQ hash, streamed. */
    void eachWithUsablePdq(Consumer<SeizedFile> each) {
        jdbcTemplate.query(connection -> {
            var statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM media_evidence_file f "
                    + "WHERE f.pdq IS NOT NULL AND (f.pdq_quality IS NULL OR f.pdq_quality >= " + HashedFile.USABLE_QUALITY + ")");
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            each.accept(read(rs));
        });
    }

    /** Stores the match and marks the file known; false when the file had matched this entry before. */
    boolean keep(SeizedFile file, Matcher.Hit hit) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean kept = jdbc.sql("INSERT INTO media_evidence_match (case_id, item_id, name, bank_id, entry_id, algorithm, "
                        + "distance, matched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(file.caseId(), file.item(), file.name(), hit.entry().bank().value(), hit.entry().id(),
                        hit.algorithm().name(), hit.distance(), now)
                .update() > 0;
        if (kept) {
            jdbc.sql("UPDATE media_evidence_file SET known_at = ? WHERE case_id = ? AND item_id = ? AND name = ? AND known_at IS NULL")
                    .params(now, file.caseId(), file.item(), file.name()).update();
        }
        return kept;
    }

    /** Marks files that never matched anything as unknown material, in one statement. */
    void markUnknown(List<SeizedFile> files) {
        if (files.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE media_evidence_file f SET unknown_at = ? "
                        + "FROM unnest(?::uuid[], ?::uuid[], ?::text[]) AS u(case_id, item_id, name) "
                        + "WHERE f.case_id = u.case_id AND f.item_id = u.item_id AND f.name = u.name "
                        + "AND f.unknown_at IS NULL AND f.known_at IS NULL")
                .params(Timestamp.from(clock.instant()), files.stream().map(SeizedFile::caseId).toArray(UUID[]::new),
                        files.stream().map(SeizedFile::item).toArray(UUID[]::new),
                        files.stream().map(SeizedFile::name).toArray(String[]::new))
                .update();
    }

    /** The case's seized files, those matching live entries (in all and per bank), and those unknown. */
    SeizedMaterialSummary ofCase(UUID caseId) {
        int[] counts = jdbc.sql("SELECT count(*), count(*) FILTER (WHERE unknown_at IS NOT NULL AND known_at IS NULL) "
                        + "FROM media_evidence_file WHERE case_id = ?")
                .param(caseId).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        if (counts[0] == 0) {
            return new SeizedMaterialSummary(0, 0, List.of(), 0);
        }
        int matched = jdbc.sql("SELECT count(DISTINCT (m.item_id, m.name)) " + LIVE_MATCHES).param(caseId)
                .query(Integer.class).single();
        List<SeizedMaterialSummary.BankFiles> byBank = jdbc.sql("SELECT b.name, count(DISTINCT (m.item_id, m.name)) AS n "
                        + LIVE_MATCHES + " GROUP BY b.id, b.name ORDER BY n DESC, b.name")
                .param(caseId).query((rs, n) -> new SeizedMaterialSummary.BankFiles(rs.getString(1), rs.getInt(2))).list();
        return new SeizedMaterialSummary(counts[0], matched, byBank, counts[1]);
    }

    /** Seized files waiting as unknown material, newest first. */
    List<UnknownSeizedFile> waiting(int limit) {
        return jdbc.sql("SELECT case_number, item_label, name, encode(pdq, 'hex'), unknown_at FROM media_evidence_file "
                        + "WHERE unknown_at IS NOT NULL AND known_at IS NULL ORDER BY unknown_at DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new UnknownSeizedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private static SeizedFile read(ResultSet rs) throws SQLException {
        return new SeizedFile(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getBytes(4),
                rs.getBytes(5), rs.getObject(6, Integer.class));
    }
}
