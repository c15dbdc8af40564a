package pk.hifazat.media.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.intake.ReportId;
import pk.hifazat.media.BankId;
import pk.hifazat.media.MaterialMatch;

/** The matches of reports' files against bank entries, and the files that matched nothing. */
@Repository
class Matches {

    private static final String SELECT = "SELECT m.report_id, m.file, m.bank_id, b.name, m.entry_id, m.algorithm, m.distance, "
            + "coalesce(e.category, b.default_category), e.series, e.victim_identified, m.matched_at, e.removed_at IS NOT NULL "
            + "FROM media_match m JOIN media_entry e ON e.id = m.entry_id JOIN media_bank b ON b.id = m.bank_id ";

    /** A stored match with its report and when it was found. */
    record StoredMatch(ReportId report, MaterialMatch match, Instant matchedAt, boolean entryRemoved) {
    }

    /** A file waiting for a look: a usable PDQ hash that matched no bank. */
    record UnknownFile(ReportId report, int file, String pdq, Instant foundAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    Matches(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    /** Stores the match; false when the file had matched this entry before. */
    boolean keep(ReportId report, MaterialMatch match) {
        boolean kept = jdbc.sql("INSERT INTO media_match (report_id, file, bank_id, entry_id, algorithm, distance, matched_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(report.value(), match.file(), match.bank().value(), match.entry(), match.algorithm().name(),
                        match.distance(), Timestamp.from(clock.instant()))
                .update() > 0;
        if (kept) {
            jdbc.sql("UPDATE media_unknown_file SET known_at = ? WHERE report_id = ? AND file = ? AND known_at IS NULL")
                    .params(Timestamp.from(clock.instant()), report.value(), match.file()).update();
        }
        return kept;
    }

    /** Marks the files unknown material in one statement; those not marked before. */
    List<StoredFile> keepUnknown(List<StoredFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        Set<String> kept = new HashSet<>(jdbcTemplate.execute((Connection c) -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO media_unknown_file (report_id, file, pdq, found_at) "
                    + "SELECT u.*, ? FROM unnest(?::uuid[], ?::int4[], ?::bytea[]) AS u "
                    + "ON CONFLICT DO NOTHING RETURNING report_id, file")) {
                insert.setTimestamp(1, Timestamp.from(clock.instant()));
                insert.setArray(2, c.createArrayOf("uuid", files.stream().map(f -> f.report().value()).toArray()));
                insert.setArray(3, c.createArrayOf("int4", files.stream().map(StoredFile::file).toArray()));
                insert.setArray(4, c.createArrayOf("bytea", files.stream().map(StoredFile::pdq).toArray(byte[][]::new)));
                List<String> inserted = new ArrayList<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(StoredFile.key(rs.getObject(1, UUID.class), rs.getInt(2)));
                    }
                }
                return inserted;
            }
        }));
        return files.stream().filter(f -> kept.contains(f.key())).toList();
    }

    /** A report's matches on live entries, by file and distance. */
    List<MaterialMatch> ofReport(ReportId report) {
        return jdbc.sql(SELECT + "WHERE m.report_id = ? AND e.removed_at IS NULL ORDER BY m.file, m.distance, m.entry_id")
                .param(report.value()).query(Matches::stored).list().stream().map(StoredMatch::match).toList();
    }

    /** The positions of a report's files that are unknown material and still not matched. */
    List<Integer> unknownOf(ReportId report) {
        return jdbc.sql("SELECT file FROM media_unknown_file WHERE report_id = ? AND known_at IS NULL ORDER BY file")
                .param(report.value()).query(Integer.class).list();
    }

    List<StoredMatch> latest(int limit) {
        return jdbc.sql(SELECT + "ORDER BY m.matched_at DESC, m.id DESC LIMIT ?").param(limit).query(Matches::stored).list();
    }

    List<UnknownFile> waiting(int limit) {
        return jdbc.sql("SELECT report_id, file, encode(pdq, 'hex'), found_at FROM media_unknown_file "
                        + "WHERE known_at IS NULL AND looked_at IS NULL ORDER BY found_at DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new UnknownFile(new ReportId(rs.getObject(1, UUID.class)), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private static StoredMatch stored(ResultSet rs, int n) throws SQLException {
        MaterialMatch match = new MaterialMatch(rs.getInt(2), new BankId(rs.getObject(3, UUID.class)), rs.getString(4),
                rs.getLong(5), HashAlgorithm.valueOf(rs.getString(6)), rs.getInt(7), rs.getString(8), rs.getString(9),
                rs.getBoolean(10));
        return new StoredMatch(new ReportId(rs.getObject(1, UUID.class)), match, rs.getTimestamp(11).toInstant(),
                rs.getBoolean(12));
    }
}
