package pk.hifazat.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its files, and whether they are thrown away. The keys sit directly under
 * {@code hifazat} because they are the platform's rather than the database's alone: the personal-data
 * key file and the evidence vault live in the same folder, and a throw-away database gets a throw-away
 * key. Other modules read them here.
 *
 * @param dataDir   the platform's data directory ({@code HIFAZAT_DATA_DIR}, default {@code ./data} in
 *                  {@code application.properties}); the embedded server's files live in its
 *                  {@code postgres} sub-folder and survive restarts
 * @param ephemeral a throw-away database in a temporary folder, without fsync: for tests only
 */
@ConfigurationProperties("hifazat")
public record EmbeddedDatabaseProperties(Path dataDir, @DefaultValue("false") boolean ephemeral) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null || dataDir.toString().isBlank()) {
            throw new IllegalArgumentException("HIFAZAT_DATA_DIR (hifazat.data-dir) must name a folder");
        }
    }
}
