package pk.hifazat.media.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    private static final String INSERT = "INSERT INTO media_report_file (report_id, file, md5, sha1, sha256, pdq, pdq_quality, "
            + "received_at, pdq_variants) SELECT * FROM unnest(?::uuid[], ?::int4[], ?::bytea[], ?::bytea[], ?::bytea[], "
            + "?::bytea[], ?::int2[], ?::timestamptz[], ?::bytea[]) ON CONFLICT DO NOTHING RETURNING report_id, file";
    private static final String COLUMNS = "report_id, file, md5, sha1, sha256, pdq, pdq_quality, pdq_variants";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ReportFiles(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /**
     * Keeps the files in one statement, however many a bulk batch brings; only those not kept before
     * (an event delivered again) are returned.
     */
    List<StoredFile> keepNew(List<StoredFile> files, List<Instant> receivedAt) {
        if (files.isEmpty()) {
            return List.of();
        }
        Set<String> kept = new HashSet<>(jdbcTemplate.execute((Connection c) -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                int n = files.size();
                insert.setArray(1, c.createArrayOf("uuid", files.stream().map(f -> f.report().value()).toArray()));
                insert.setArray(2, c.createArrayOf("int4", files.stream().map(StoredFile::file).toArray()));
                insert.setArray(3, c.createArrayOf("bytea", files.stream().map(StoredFile::md5).toArray(byte[][]::new)));
                insert.setArray(4, c.createArrayOf("bytea", files.stream().map(StoredFile::sha1).toArray(byte[][]::new)));
                insert.setArray(5, c.createArrayOf("bytea", files.stream().map(StoredFile::sha256).toArray(byte[][]::new)));
                insert.setArray(6, c.createArrayOf("bytea", files.stream().map(StoredFile::pdq).toArray(byte[][]::new)));
                insert.setArray(7, c.createArrayOf("int2", files.stream().map(f -> f.pdqQuality() == null ? null
                        : f.pdqQuality().shortValue()).toArray(Short[]::new)));
                insert.setArray(8, c.createArrayOf("timestamptz", receivedAt.stream().map(Timestamp::from).toArray(Timestamp[]::new)));
                insert.setArray(9, c.createArrayOf("bytea", files.stream().map(StoredFile::pdqVariants).toArray(byte[][]::new)));
                List<String> inserted = new ArrayList<>(n);
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

    /** Stored files with one of these hashes of the algorithm. */
    List<StoredFile> withHashes(HashAlgorithm algorithm, List<byte[]> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM media_report_file WHERE " + BankEntries.column(algorithm) + " = ANY(?)")
                .param(hashes.toArray(byte[][]::new))
                .query((rs, n) -> read(rs))
                .list();
    }

    /** Every stored file with a usable PDQ hash, streamed. */
    void eachWithUsablePdq(Consumer<StoredFile> each) {
        jdbcTemplate.query(connection -> {
            var statement = connection.prepareStatement("SELECT report_id, file, pdq, pdq_quality, pdq_variants "
                    + "FROM media_report_file WHERE pdq IS NOT NULL AND (pdq_quality IS NULL OR pdq_quality >= "
                    + HashedFile.USABLE_QUALITY + ")");
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            each.accept(new StoredFile(new ReportId(rs.getObject(1, UUID.class)), rs.getInt(2), null, null, null,
                    rs.getBytes(3), rs.getObject(4, Integer.class), rs.getBytes(5)));
        });
    }

    /** A file as {@link #COLUMNS} reads it; the exact candidates of a grown bank use it too. */
    static StoredFile read(ResultSet rs) throws SQLException {
        return new StoredFile(new ReportId(rs.getObject(1, UUID.class)), rs.getInt(2), rs.getBytes(3), rs.getBytes(4),
                rs.getBytes(5), rs.getBytes(6), rs.getObject(7, Integer.class), rs.getBytes(8));
    }
}
