package pk.hifazat.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.backup.BackupManifest;
import pk.hifazat.database.EmbeddedDatabase;
import pk.hifazat.database.EmbeddedDatabaseProperties;
import pk.hifazat.privacy.PersonalData;

/**
 * {@code ./hifazat backup DIR}: a backup of the embedded database into a new folder, while the
 * application runs (beside a running Hifazat the command reads that application's server) or not.
 * The folder gets the server's files and write-ahead log ({@code data/}), the database password
 * ({@code keys/}: the roles' passwords live inside the copy, so it needs the one that opens it), and
 * {@code manifest.json}. Never the personal-data key or the audit key: a backup that carried its
 * keys would give whoever finds it everything.
 */
@Component
@ConditionalOnProperty(name = "hifazat.command", havingValue = "backup")
class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");
    private static final long REPORT_EVERY_BYTES = 256L << 20;

    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final EmbeddedDatabaseProperties platform;
    private final PersonalData personalData;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String directory;
    private int exitCode;

    BackupCommand(ObjectProvider<EmbeddedDatabase> embedded, EmbeddedDatabaseProperties platform,
                  PersonalData personalData, JdbcClient jdbc, Clock clock,
                  @Value("${hifazat.backup.directory:}") String directory) {
        this.embedded = embedded;
        this.platform = platform;
        this.personalData = personalData;
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database == null) {
            fail("The database is external: back it up with its own tools (docs/operations.md, \"Backups\").");
            return;
        }
        if (directory.isBlank()) {
            fail("Name the folder for the backup: ./hifazat backup DIR");
            return;
        }
        Path target = Path.of(directory).toAbsolutePath().normalize();
        try {
            if (Files.exists(target) && !isEmptyFolder(target)) {
                fail("The backup folder " + target + " is not empty: name a new one.");
                return;
            }
            Files.createDirectories(target.resolve("data"));
            var started = clock.instant();
            long[] reported = {0};
            var copy = new BaseBackup(database.superuser(), platform.postgresDirectory())
                    .into(target.resolve("data"), bytes -> {
                        if (bytes - reported[0] >= REPORT_EVERY_BYTES) {
                            reported[0] = bytes;
                            console.info("Backup: {} MB copied…", bytes >> 20);
                        }
                    });
            copyDatabasePassword(target);
            var manifest = new BackupManifest(BackupManifest.FORMAT, started, serverVersion(), schemaVersion(),
                    personalData.keyFingerprint(), copy.startLsn(), copy.stopLsn(), copy.bytes(), copy.files());
            manifest.writeTo(target);
            console.info("Backup complete in {}: {} files, {} MB, schema version {}, personal-data key {}. "
                            + "Keep the personal-data key and the audit key apart from it: restoring needs both.",
                    target, copy.files().size(), copy.bytes() >> 20, manifest.schemaVersion(), manifest.personalDataKey());
        } catch (IOException | SQLException | RuntimeException e) {
            fail("The backup failed (" + e.getClass().getSimpleName() + "): " + e.getMessage());
        }
    }

    private void copyDatabasePassword(Path target) throws IOException {
        Path password = platform.keyFile("database-password");
        if (Files.exists(password)) {
            Files.createDirectories(target.resolve("keys"));
            Files.copy(password, target.resolve("keys/database-password"));
        }
    }

    private String serverVersion() {
        return jdbc.sql("SHOW server_version").query(String.class).single();
    }

    private String schemaVersion() {
        return jdbc.sql("""
                        SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
                        ORDER BY installed_rank DESC LIMIT 1""")
                .query(String.class).single();
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private void fail(String message) {
        console.error(message);
        exitCode = 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
