package pk.hifazat.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.database.EmbeddedServer;

/**
 * The chain of custody cannot be altered even in SQL by the tables' owner (here the superuser, who
 * owns everything): a trigger refuses every UPDATE, DELETE and TRUNCATE. The seeded unit codes are
 * unique and the well-known ones are as people write them.
 */
class CustodyIsAppendOnlyTest {

    private final EmbeddedPostgres server = EmbeddedServer.ephemeral();
    private final DataSource superuser = server.getPostgresDatabase();
    private final JdbcClient jdbc = JdbcClient.create(superuser);
    private final UUID item = UUID.randomUUID();

    @BeforeEach
    void migrateAndSeize() {
        Flyway.configure().dataSource(superuser)
                .locations("classpath:db/migration/geography", "classpath:db/migration/units", "classpath:db/migration/cases")
                .load().migrate();
        UUID caseId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_file (id, number, unit_id, district_code, title, status, opened_at)
                VALUES (?, 'NCCIA-MZG-2026-0001', gen_random_uuid(), 'PK623', 't', 'INTAKE', now())""").param(caseId).update();
        jdbc.sql("""
                INSERT INTO evidence_item (id, case_id, label, description, seized_at, seized_place, seized_by, recorded_at)
                VALUES (?, ?, 'E-0001', 'Laptop', now(), 'Muzaffargarh', 'Inspector A', now())""").params(item, caseId).update();
        jdbc.sql("INSERT INTO evidence_file (item_id, name, sha256) VALUES (?, 'a.mp4', ?)").params(item, "a".repeat(64)).update();
        jdbc.sql("""
                INSERT INTO custody_transfer (item_id, position, to_holder, handed_at, reason, recorded_at)
                VALUES (?, 1, 'Inspector A', now(), 'seized', now())""").param(item).update();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void anEntryCannotBeChangedDeletedOrTruncatedEvenByTheOwner() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE custody_transfer SET to_holder = 'Someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM custody_transfer").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE custody_transfer").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE evidence_file SET sha256 = ?").param("b".repeat(64)).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT to_holder FROM custody_transfer WHERE item_id = ?").param(item).query(String.class).single())
                .isEqualTo("Inspector A");
    }

    @Test
    void aHandOverIsAppended() {
        jdbc.sql("""
                INSERT INTO custody_transfer (item_id, position, from_holder, to_holder, handed_at, reason, recorded_at)
                VALUES (?, 2, 'Inspector A', 'Forensic laboratory', now(), 'examination', now())""").param(item).update();
        assertThat(jdbc.sql("SELECT count(*) FROM custody_transfer").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void everyDistrictUnitHasItsOwnCodeAndTheKnownOnesAreAsWritten() {
        int units = jdbc.sql("SELECT count(*) FROM unit WHERE kind = 'DISTRICT_UNIT'").query(Integer.class).single();
        assertThat(jdbc.sql("SELECT count(DISTINCT code) FROM case_unit_code").query(Integer.class).single()).isEqualTo(units);
        assertThat(code("DCU-PK623")).isEqualTo("MZG");
        assertThat(code("DCU-PK617")).isEqualTo("LHR");
        assertThat(code("DCU-PK401")).isEqualTo("ISB");
    }

    private String code(String unit) {
        return jdbc.sql("SELECT c.code FROM case_unit_code c JOIN unit u ON u.id = c.unit_id WHERE u.code = ?").param(unit)
                .query(String.class).single();
    }
}
