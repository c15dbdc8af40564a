package pk.hifazat.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.media.BankId;

/** The record of every import: progress while it runs, counts and the first errors after. */
@Repository
class HashImports {

    private static final String COLUMNS = "id, bank_id, file_name, format, status, started_at, started_by, finished_at, "
            + "lines_read, added, duplicates, errors, ignored, failure";

    private final JdbcClient jdbc;
    private final Clock clock;

    HashImports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long queue(BankId bank, String fileName, ImportFormat format, String by) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("INSERT INTO media_import (bank_id, file_name, format, status, started_at, started_by, heartbeat_at) "
                        + "VALUES (?, ?, ?, 'QUEUED', ?, ?, ?) RETURNING id")
                .params(bank.value(), fileName, format.name(), now, by, now)
                .query(Long.class).single();
    }

    void running(long id) {
        jdbc.sql("UPDATE media_import SET status = 'RUNNING', heartbeat_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    void progress(long id, long lines, long added, long duplicates, long errors, long ignored) {
        jdbc.sql("UPDATE media_import SET lines_read = greatest(lines_read, ?), added = added + ?, "
                        + "duplicates = duplicates + ?, errors = greatest(errors, ?), ignored = greatest(ignored, ?), "
                        + "heartbeat_at = ? WHERE id = ?")
                .params(lines, added, duplicates, errors, ignored, Timestamp.from(clock.instant()), id).update();
    }

    void keepErrors(long id, List<HashImport.LineError> errors) {
        for (HashImport.LineError error : errors) {
            jdbc.sql("INSERT INTO media_import_error (import_id, line, message) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, error.line(), error.message()).update();
        }
    }

    void finish(long id, HashImport.Status status, String failure) {
        jdbc.sql("UPDATE media_import SET status = ?, finished_at = ?, failure = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(clock.instant()), failure, id).update();
    }

    /** Marks failed the imports that showed no sign of life since {@code before}: their instance stopped. */
    int failInterrupted(Instant before) {
        return jdbc.sql("UPDATE media_import SET status = 'FAILED', finished_at = ?, failure = ? "
                        + "WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < ?")
                .params(Timestamp.from(clock.instant()), "interrupted: the application stopped", Timestamp.from(before))
                .update();
    }

    Optional<HashImport> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media_import WHERE id = ?").param(id).query(HashImports::row).optional();
    }

    List<HashImport> latest(BankId bank, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media_import WHERE bank_id = ? ORDER BY started_at DESC, id DESC LIMIT ?")
                .params(bank.value(), limit).query(HashImports::row).list();
    }

    List<HashImport.LineError> errors(long id, int limit) {
        return jdbc.sql("SELECT line, message FROM media_import_error WHERE import_id = ? ORDER BY line LIMIT ?")
                .params(id, limit).query((rs, n) -> new HashImport.LineError(rs.getLong(1), rs.getString(2))).list();
    }

    private static HashImport row(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new HashImport(rs.getLong("id"), new BankId(rs.getObject("bank_id", UUID.class)), rs.getString("file_name"),
                ImportFormat.valueOf(rs.getString("format")), HashImport.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("started_at").toInstant(), rs.getString("started_by"),
                finished == null ? null : finished.toInstant(), rs.getLong("lines_read"), rs.getLong("added"),
                rs.getLong("duplicates"), rs.getLong("errors"), rs.getLong("ignored"), rs.getString("failure"));
    }
}
