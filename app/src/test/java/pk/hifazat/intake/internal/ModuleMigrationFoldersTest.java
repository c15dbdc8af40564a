package pk.hifazat.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import pk.hifazat.database.EmbeddedServer;
import pk.hifazat.privacy.AesGcm;
import pk.hifazat.privacy.PersonalData;

/**
 * Each module keeps its migrations in {@code db/migration/<module>/}. A database migrated while
 * they all lay in {@code db/migration/} itself must still validate and must not run anything again.
 * (Here, beside the one Java migration, which belongs to intake.)
 */
class ModuleMigrationFoldersTest {

    private final EmbeddedPostgres server = EmbeddedServer.ephemeral();
    private final DataSource database = server.getPostgresDatabase();
    private final JdbcClient jdbc = JdbcClient.create(database);

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void everyMigrationLiesInItsModulesFolder() throws Exception {
        var resolver = new PathMatchingResourcePatternResolver();
        assertThat(resolver.getResources("classpath*:db/migration/*.sql")).isEmpty();
        assertThat(resolver.getResources("classpath*:db/migration/*/V*.sql")).hasSizeGreaterThan(5);
    }

    @Test
    void aDatabaseMigratedFromTheFlatFolderValidatesAndRunsNothingAgain() {
        flyway().migrate();
        jdbc.sql("UPDATE flyway_schema_history SET script = regexp_replace(script, '^.*/', '') WHERE type = 'SQL'").update();
        Integer applied = jdbc.sql("SELECT count(*) FROM flyway_schema_history").query(Integer.class).single();

        Flyway again = flyway();
        again.validate();
        MigrateResult result = again.migrate();

        assertThat(result.migrationsExecuted).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history").query(Integer.class).single()).isEqualTo(applied);
    }

    private Flyway flyway() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new V13__SealPersonalDataInReports(new PersonalData(AesGcm.of(key), 1)))
                .load();
    }
}
