package pk.hifazat.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import pk.hifazat.database.EmbeddedDatabaseProperties;
import pk.hifazat.privacy.AesGcm;
import pk.hifazat.privacy.PersonalData;

/**
 * Where the key that seals personal data comes from, in order:
 * <ol>
 * <li>{@code HIFAZAT_DATA_KEY} (256 bits in base64): how a real installation runs, with the key
 * kept away from the data and its backups;</li>
 * <li>a throw-away key for a throw-away database (tests);</li>
 * <li>with the embedded database only, a key file made on first start in the data folder, so that
 * {@code ./hifazat run} works on a fresh clone. It is said loudly at every start: a copy of the
 * data folder then carries its own key, though a database dump does not.</li>
 * </ol>
 * With an external database and no key the application refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKey {

    static final String VARIABLE = "HIFAZAT_DATA_KEY";
    private static final Logger log = LoggerFactory.getLogger(PersonalDataKey.class);

    @Bean
    PersonalData personalData(PrivacyProperties privacy, EmbeddedDatabaseProperties platform, DataSourceProperties dataSource) {
        return chosen(privacy, platform, dataSource.getUrl());
    }

    /** @param externalDatabase the external database's address ({@code SPRING_DATASOURCE_URL}), or null for the embedded one */
    static PersonalData chosen(PrivacyProperties privacy, EmbeddedDatabaseProperties platform, String externalDatabase) {
        if (privacy.hasKey()) {
            return from(privacy.key());
        }
        if (platform.ephemeral()) {
            return from(newKey());
        }
        if (StringUtils.hasText(externalDatabase)) {
            throw new PersonalDataKeyException(VARIABLE + " must be set when the database is external: it seals "
                    + "victims' and reporters' personal data.", null);
        }
        Path file = platform.dataDir().toAbsolutePath().normalize().resolve("keys").resolve("personal-data.key");
        log.warn("Personal data is sealed with the key in {}, inside the data folder. For a real installation set {} "
                + "and keep the key away from the data and its backups.", file, VARIABLE);
        return from(readOrCreate(file));
    }

    private static PersonalData from(String base64) {
        AesGcm cipher;
        try {
            cipher = AesGcm.fromBase64(base64, VARIABLE);
        } catch (IllegalStateException e) {
            throw new PersonalDataKeyException(e.getMessage(), e);
        }
        return new PersonalData(cipher, fingerprint(Base64.getDecoder().decode(base64)));
    }

    /** A new random 256-bit key, in base64. */
    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static int fingerprint(byte[] key) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(key)).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, newKey() + "\n", StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // another start made it first; read theirs
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the personal data key " + file, e);
        }
    }
}
