package pk.hifazat.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret the platform needs (the personal-data key, the audit key, the embedded database's
 * password), taken from the environment, or kept in the data folder's {@code keys/} where the
 * environment gives none and the database is embedded.
 */
public final class DataFolderKey {

    private static final Logger log = LoggerFactory.getLogger(DataFolderKey.class);

    private DataFolderKey() {
    }

    /**
     * A 256-bit key in base64, in this order: the environment's, which is how a real installation
     * runs; a throw-away one for a throw-away database (tests); with the embedded database only, one
     * made on the first start in {@code keys/} (mode 600), said loudly at every start, so that
     * {@code ./hifazat run} works on a fresh clone. With an external database and no key the start stops.
     *
     * @param fromEnvironment  the variable's value, empty when unset
     * @param variable         the variable's name, for messages
     * @param file             the key file's name under {@code keys/}
     * @param purpose          what the key does, for messages ("seals victims' and reporters' personal data")
     * @param externalDatabase whether {@code SPRING_DATASOURCE_URL} names an external database
     */
    public static String chosen(String fromEnvironment, String variable, String file, String purpose,
                                EmbeddedDatabaseProperties platform, boolean externalDatabase) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        if (platform.ephemeral()) {
            return random();
        }
        if (externalDatabase) {
            throw new KeyException(variable, variable + " must be set when the database is external: it " + purpose + ".");
        }
        Path path = platform.keyFile(file);
        log.warn("The key that {} is kept in {}, inside the data folder. For a real installation set {} and keep "
                + "the key away from the data and its backups.", purpose, path, variable);
        return kept(path);
    }

    /** The 32 bytes of a base64 256-bit key, or a {@link KeyException} that names the variable. */
    public static byte[] bytes(String base64, String variable) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw new KeyException(variable, variable + " is not a base64 256-bit key");
        }
        return key;
    }

    /** A new random 256-bit key, in base64. */
    public static String random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The key in {@code file}, made (random, readable by this user only) when there is none yet. */
    static String kept(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, random() + "\n", StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // another start made it first; read theirs
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the key file " + file, e);
        }
    }
}
