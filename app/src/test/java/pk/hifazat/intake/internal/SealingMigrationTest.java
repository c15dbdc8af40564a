package pk.hifazat.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.database.EmbeddedServer;
import pk.hifazat.privacy.AesGcm;
import pk.hifazat.privacy.PersonalData;

/** Reports stored in the clear before sealing existed are sealed by the migration, and read back the same. */
class SealingMigrationTest {

    private final EmbeddedPostgres server = EmbeddedServer.ephemeral();
    private final DataSource database = server.getPostgresDatabase();
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final PersonalData personalData = new PersonalData(AesGcm.of(key()), 1);

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void sealsEveryReportAndAdditionStoredInTheClearAndKeepsTheirCounts() {
        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("12")).load().migrate();
        UUID report = UUID.randomUUID();
        UUID addition = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO report (id, receipt, source, received_at, raw, normalised, contact)
                        VALUES (?, 'HZ-AAAA-BBBB', 'PUBLIC', now(), '{"tip": {"description": "Ayesha is in danger"}}',
                                '{"description": "Ayesha is in danger", "persons": [{}, {}], "files": [{}]}',
                                '{"phone": "+923001234567"}')""")
                .param(report).update();
        jdbc.sql("""
                        INSERT INTO report_addition (id, report_id, added_at, raw, normalised)
                        VALUES (?, ?, now(), '{"more": "She was taken to Multan"}', '{"description": "She was taken to Multan"}')""")
                .params(addition, report).update();

        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new V13__SealPersonalDataInReports(personalData)).load().migrate();

        var row = jdbc.sql("SELECT raw, normalised, contact, person_count, file_count FROM report WHERE id = ?")
                .param(report).query().singleRow();
        assertThat(personalData.open((byte[]) row.get("normalised"), report, SealedFields.NORMALISED))
                .contains("Ayesha is in danger");
        assertThat(personalData.open((byte[]) row.get("contact"), report, SealedFields.CONTACT)).contains("+923001234567");
        assertThat(personalData.open((byte[]) row.get("raw"), report, SealedFields.RAW)).contains("\"tip\"");
        assertThat(row).containsEntry("person_count", 2).containsEntry("file_count", 1);
        byte[] sealedAddition = jdbc.sql("SELECT normalised FROM report_addition WHERE id = ?").param(addition)
                .query(byte[].class).single();
        assertThat(personalData.open(sealedAddition, addition, SealedFields.NORMALISED)).contains("Multan");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM report WHERE position(convert_to('Ayesha', 'UTF8') IN raw) > 0
                            OR position(convert_to('Ayesha', 'UTF8') IN normalised) > 0""")
                .query(Long.class).single()).isZero();
    }
}
