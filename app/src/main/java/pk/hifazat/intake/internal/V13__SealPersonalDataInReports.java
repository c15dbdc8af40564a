package pk.hifazat.intake.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import pk.hifazat.privacy.PersonalData;

/**
 * Seals the payloads of reports and additions stored before they were sealed on arrival, and
 * makes the columns hold only sealed bytes from then on. The counts that the incoming list used to
 * read from the normalised JSON get columns of their own. Runs once, in Flyway's transaction: a
 * failure leaves every row as it was.
 */
@Component
class V13__SealPersonalDataInReports extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V13__SealPersonalDataInReports.class);
    private static final int BATCH = 1_000;

    private final PersonalData personalData;

    V13__SealPersonalDataInReports(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE report ADD COLUMN sealed_raw bytea, ADD COLUMN sealed_normalised bytea, "
                    + "ADD COLUMN sealed_contact bytea, ADD COLUMN person_count integer, ADD COLUMN file_count integer");
            statement.execute("ALTER TABLE report_addition ADD COLUMN sealed_raw bytea, "
                    + "ADD COLUMN sealed_normalised bytea, ADD COLUMN sealed_contact bytea");
        }
        long reports = seal(connection, "report", """
                SELECT id, raw::text, normalised::text, contact::text,
                       coalesce(jsonb_array_length(normalised -> 'persons'), 0),
                       coalesce(jsonb_array_length(normalised -> 'files'), 0)
                FROM report WHERE id > ? ORDER BY id LIMIT ?""", """
                UPDATE report SET sealed_raw = ?, sealed_normalised = ?, sealed_contact = ?, person_count = ?,
                                  file_count = ?
                WHERE id = ?""");
        long additions = seal(connection, "report_addition", """
                SELECT id, raw::text, normalised::text, contact::text FROM report_addition
                WHERE id > ? ORDER BY id LIMIT ?""", """
                UPDATE report_addition SET sealed_raw = ?, sealed_normalised = ?, sealed_contact = ? WHERE id = ?""");
        try (Statement statement = connection.createStatement()) {
            for (String table : new String[] {"report", "report_addition"}) {
                statement.execute("ALTER TABLE " + table + " DROP COLUMN raw, DROP COLUMN normalised, DROP COLUMN contact");
                for (String column : new String[] {"raw", "normalised", "contact"}) {
                    statement.execute("ALTER TABLE " + table + " RENAME COLUMN sealed_" + column + " TO " + column);
                }
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN raw SET NOT NULL, "
                        + "ALTER COLUMN normalised SET NOT NULL");
            }
            statement.execute("ALTER TABLE report ALTER COLUMN person_count SET NOT NULL, "
                    + "ALTER COLUMN file_count SET NOT NULL");
        }
        if (reports + additions > 0) {
            log.info("Sealed the personal data of {} reports and {} additions", reports, additions);
        }
    }

    private long seal(Connection connection, String table, String select, String update) throws SQLException {
        boolean withCounts = table.equals("report");
        long done = 0;
        UUID after = new UUID(0, 0);
        try (PreparedStatement reading = connection.prepareStatement(select);
             PreparedStatement writing = connection.prepareStatement(update)) {
            while (true) {
                reading.setObject(1, after);
                reading.setInt(2, BATCH);
                int rows = 0;
                try (ResultSet rs = reading.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        SealedFields sealed = SealedFields.seal(personalData, id, rs.getString(2), rs.getString(3),
                                rs.getString(4));
                        writing.setBytes(1, sealed.raw());
                        writing.setBytes(2, sealed.normalised());
                        writing.setBytes(3, sealed.contact());
                        int next = 4;
                        if (withCounts) {
                            writing.setInt(next++, rs.getInt(5));
                            writing.setInt(next++, rs.getInt(6));
                        }
                        writing.setObject(next, id);
                        writing.addBatch();
                        after = id;
                        rows++;
                    }
                }
                if (rows == 0) {
                    return done;
                }
                writing.executeBatch();
                done += rows;
                if (done % 100_000 < BATCH) {
                    log.info("Sealing personal data in {}: {} rows so far", table, done);
                }
            }
        }
    }
}
