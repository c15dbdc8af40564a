package pk.hifazat.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds, written beside it as {@code manifest.json}: enough to know, before
 * restoring, which installation and schema it comes from and which personal-data key its reports
 * need, and to check that no file changed since.
 *
 * @param schemaVersion   the last migration applied when it was taken
 * @param personalDataKey the fingerprint of the key that seals its personal data (never the key)
 * @param startLsn        where the server's write-ahead log stood when the copy began
 * @param stopLsn         where it stood when the copy was complete: every report acknowledged before
 *                        the backup ended is in it
 * @param files           each file's path under the backup's {@code data} folder and its SHA-256
 */
public record BackupManifest(String format, Instant takenAt, String postgresVersion, String schemaVersion,
                             String personalDataKey, String startLsn, String stopLsn, long bytes,
                             SortedMap<String, String> files) {

    public static final String FILE = "manifest.json";
    public static final String FORMAT = "hifazat-backup-1";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public BackupManifest {
        Objects.requireNonNull(format, "format");
        files = new TreeMap<>(files);
    }

    public void writeTo(Path backup) throws IOException {
        JSON.writeValue(backup.resolve(FILE).toFile(), this);
    }

    public static BackupManifest readFrom(Path backup) throws IOException {
        BackupManifest manifest = JSON.readValue(backup.resolve(FILE).toFile(), BackupManifest.class);
        if (!FORMAT.equals(manifest.format())) {
            throw new IOException("Not a Hifazat backup of a format this version reads: " + manifest.format());
        }
        return manifest;
    }
}
