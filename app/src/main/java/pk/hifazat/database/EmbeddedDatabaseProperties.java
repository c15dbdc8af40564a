package pk.hifazat.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the platform keeps its files, and whether they are thrown away. The keys sit directly under
 * {@code hifazat} because they are the platform's rather than the database's alone: the key files
 * and the evidence vault live in the same folder, and a throw-away database gets throw-away keys.
 * Other modules read them here.
 *
 * @param dataDir          the platform's data directory ({@code HIFAZAT_DATA_DIR}, default {@code ./data} in
 *                         {@code application.properties}); the embedded server's files live in its
 *                         {@code postgres} sub-folder and survive restarts
 * @param ephemeral        a throw-away database in a temporary folder, without fsync: for tests only
 * @param databasePassword the embedded server's password ({@code HIFAZAT_DATABASE_PASSWORD}); empty when
 *                         unset, when a random one is kept in {@code keys/database-password}
 * @param databaseSharedBuffers the embedded server's page memory ({@code HIFAZAT_DATABASE_SHARED_BUFFERS});
 *                         unset for a quarter of the machine's memory, between 128 MB and 2 GB
 */
@ConfigurationProperties("hifazat")
public record EmbeddedDatabaseProperties(Path dataDir, @DefaultValue("false") boolean ephemeral,
                                         String databasePassword, DataSize databaseSharedBuffers) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null || dataDir.toString().isBlank()) {
            throw new IllegalArgumentException("HIFAZAT_DATA_DIR (hifazat.data-dir) must name a folder");
        }
        databasePassword = databasePassword == null ? "" : databasePassword.strip();
        if (databaseSharedBuffers != null && databaseSharedBuffers.toMegabytes() < 1) {
            throw new IllegalArgumentException(
                    "HIFAZAT_DATABASE_SHARED_BUFFERS (hifazat.database-shared-buffers) must be at least 1MB");
        }
    }

    /** The data folder, absolute. */
    public Path folder() {
        return dataDir.toAbsolutePath().normalize();
    }

    /** Where a key named {@code name} is kept when the environment gives none. */
    public Path keyFile(String name) {
        return folder().resolve("keys").resolve(name);
    }

    /** The embedded server's data directory. */
    public Path postgresDirectory() {
        return folder().resolve("postgres");
    }

    /** Never the password: settings end up in logs and failure reports. */
    @Override
    public String toString() {
        return "EmbeddedDatabaseProperties[dataDir=" + dataDir + ", ephemeral=" + ephemeral + ", databaseSharedBuffers="
                + databaseSharedBuffers + ", databasePassword=" + (databasePassword.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
