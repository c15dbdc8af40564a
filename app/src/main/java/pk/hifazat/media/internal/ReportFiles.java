package pk.hifazat.media.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.intake.ReportId;

/** The hashes of every report's files, as announced by intake: what a grown bank is matched against. */
@Repository
class ReportFiles {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ReportFiles(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Keeps the file; false when it was kept before (an event delivered again). */
    boolean keep(StoredFile file, Instant receivedAt) {
        return jdbc.sql("INSERT INTO media_report_file (report_id, file, md5, sha1, sha256, pdq, pdq_quality, received_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(file.report().value(), file.file(), file.md5(), file.sha1(), file.sha256(), file.pdq(),
                        file.pdqQuality(), Timestamp.from(receivedAt))
                .update() > 0;
    }

    /** Stored files with one of these hashes of the algorithm. */
    List<StoredFile> withHashes(HashAlgorithm algorithm, List<byte[]> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT report_id, file, md5, sha1, sha256, pdq, pdq_quality FROM media_report_file WHERE "
                        + BankEntries.column(algorithm) + " = ANY(?)")
                .param(hashes.toArray(byte[][]::new))
                .query((rs, n) -> new StoredFile(new ReportId(rs.getObject(1, UUID.class)), rs.getInt(2), rs.getBytes(3),
                        rs.getBytes(4), rs.getBytes(5), rs.getBytes(6), rs.getObject(7, Integer.class)))
                .list();
    }

    /** Every stored file with a usable PDQ hash, streamed. */
    void eachWithUsablePdq(Consumer<StoredFile> each) {
        jdbcTemplate.query(connection -> {
            var statement = connection.prepareStatement("SELECT report_id, file, pdq, pdq_quality FROM media_report_file "
                    + "WHERE pdq IS NOT NULL AND (pdq_quality IS NULL OR pdq_quality >= " + StoredFile.USABLE_QUALITY + ")");
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            each.accept(new StoredFile(new ReportId(rs.getObject(1, UUID.class)), rs.getInt(2), null, null, null,
                    rs.getBytes(3), rs.getObject(4, Integer.class)));
        });
    }
}
