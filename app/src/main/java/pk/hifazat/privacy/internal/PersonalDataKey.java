package pk.hifazat.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import pk.hifazat.database.DataFolderKey;
import pk.hifazat.database.EmbeddedDatabaseProperties;
import pk.hifazat.privacy.PersonalData;

/**
 * The keys that seal personal data: {@code HIFAZAT_DATA_KEY} (256 bits in base64), how a real
 * installation runs, with the key kept away from the data and its backups; otherwise as
 * {@link DataFolderKey#chosen} says. A key file in the data folder means that a copy of the data
 * folder carries its own key, though a database dump does not.
 *
 * <p>The keys being retired come from {@code HIFAZAT_DATA_KEY_PREVIOUS}, or, where the current
 * key is the data folder's, from {@code keys/personal-data.previous.key}, which
 * {@code ./hifazat rotate-key} leaves there and a finished re-seal removes.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKey {

    static final String VARIABLE = "HIFAZAT_DATA_KEY";
    static final String PREVIOUS_VARIABLE = "HIFAZAT_DATA_KEY_PREVIOUS";
    static final String FILE = "personal-data.key";
    static final String PREVIOUS_FILE = "personal-data.previous.key";

    @Bean
    PersonalData personalData(PrivacyProperties privacy, EmbeddedDatabaseProperties platform, DataSourceProperties dataSource) {
        return chosen(privacy, platform, dataSource.getUrl());
    }

    @Bean
    RetiredKeyFile retiredKeyFile(PrivacyProperties privacy, EmbeddedDatabaseProperties platform, DataSourceProperties dataSource) {
        return new RetiredKeyFile(previousFile(privacy, platform, StringUtils.hasText(dataSource.getUrl())));
    }

    /** @param externalDatabase the external database's address ({@code SPRING_DATASOURCE_URL}), or null for the embedded one */
    static PersonalData chosen(PrivacyProperties privacy, EmbeddedDatabaseProperties platform, String externalDatabase) {
        boolean external = StringUtils.hasText(externalDatabase);
        String base64 = DataFolderKey.chosen(privacy.key(), VARIABLE, FILE,
                "seals victims' and reporters' personal data", platform, external);
        List<PersonalData.Key> previous = new ArrayList<>();
        for (String key : StringUtils.commaDelimitedListToStringArray(privacy.previousKeys())) {
            if (!key.isBlank()) {
                previous.add(PersonalData.Key.of(DataFolderKey.bytes(key, PREVIOUS_VARIABLE)));
            }
        }
        previousFile(privacy, platform, external).filter(Files::exists).ifPresent(file ->
                previous.add(PersonalData.Key.of(DataFolderKey.bytes(read(file), PREVIOUS_VARIABLE))));
        return new PersonalData(PersonalData.Key.of(DataFolderKey.bytes(base64, VARIABLE)), previous);
    }

    /** The data folder's retired key file, where the current key is the data folder's. */
    private static Optional<Path> previousFile(PrivacyProperties privacy, EmbeddedDatabaseProperties platform, boolean external) {
        return privacy.hasKey() || platform.ephemeral() || external ? Optional.empty()
                : Optional.of(platform.keyFile(PREVIOUS_FILE));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the retired key file " + file, e);
        }
    }
}
