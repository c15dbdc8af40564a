package pk.hifazat.privacy.internal;


import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import pk.hifazat.database.DataFolderKey;
import pk.hifazat.database.EmbeddedDatabaseProperties;
import pk.hifazat.privacy.AesGcm;
import pk.hifazat.privacy.PersonalData;

/**
 * The key that seals personal data: {@code HIFAZAT_DATA_KEY} (256 bits in base64), how a real
 * installation runs, with the key kept away from the data and its backups; otherwise as
 * {@link DataFolderKey#chosen} says. A key file in the data folder means that a copy of the data
 * folder carries its own key, though a database dump does not.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKey {

    static final String VARIABLE = "HIFAZAT_DATA_KEY";

    @Bean
    PersonalData personalData(PrivacyProperties privacy, EmbeddedDatabaseProperties platform, DataSourceProperties dataSource) {
        return chosen(privacy, platform, dataSource.getUrl());
    }

    /** @param externalDatabase the external database's address ({@code SPRING_DATASOURCE_URL}), or null for the embedded one */
    static PersonalData chosen(PrivacyProperties privacy, EmbeddedDatabaseProperties platform, String externalDatabase) {
        String base64 = DataFolderKey.chosen(privacy.key(), VARIABLE, "personal-data.key",
                "seals victims' and reporters' personal data", platform, StringUtils.hasText(externalDatabase));
        byte[] key = DataFolderKey.bytes(base64, VARIABLE);
        return new PersonalData(AesGcm.of(key), PersonalData.fingerprintOf(key));
    }
}
