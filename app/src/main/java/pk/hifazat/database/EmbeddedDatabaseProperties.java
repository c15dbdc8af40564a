package pk.hifazat.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files.
 *
 * @param dataDir   the platform's data directory ({@code HIFAZAT_DATA_DIR}); the server's files live
 *                  in its {@code postgres} sub-folder and survive restarts
 * @param ephemeral a throw-away database in a temporary folder, without fsync: for tests only
 */
@ConfigurationProperties("hifazat")
public record EmbeddedDatabaseProperties(@DefaultValue("./data") Path dataDir,
                                         @DefaultValue("false") boolean ephemeral) {
}
