package pk.hifazat.privacy.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The privacy module's settings. The key is checked where it is turned into a cipher, whose failure
 * says what to set without repeating the value.
 *
 * @param key the 256-bit key, in base64, that seals personal data ({@code HIFAZAT_DATA_KEY}); empty when unset
 */
@ConfigurationProperties("hifazat.privacy")
record PrivacyProperties(String key) {

    PrivacyProperties {
        key = key == null ? "" : key.strip();
    }

    boolean hasKey() {
        return !key.isEmpty();
    }

    /** Never the key: settings end up in logs and failure reports. */
    @Override
    public String toString() {
        return "PrivacyProperties[key=" + (hasKey() ? "(set)" : "(none)") + "]";
    }
}
