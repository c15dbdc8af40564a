package pk.hifazat.privacy.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The privacy module's settings. The keys are checked where they are turned into ciphers, whose
 * failure says what to set without repeating the value.
 *
 * @param key          the 256-bit key, in base64, that seals personal data ({@code HIFAZAT_DATA_KEY}); empty when unset
 * @param previousKeys the keys being retired, in base64, comma-separated ({@code HIFAZAT_DATA_KEY_PREVIOUS}):
 *                     they open what they sealed until a re-seal has moved it under the current key; empty when none
 */
@ConfigurationProperties("hifazat.privacy")
record PrivacyProperties(String key, String previousKeys) {

    PrivacyProperties {
        key = key == null ? "" : key.strip();
        previousKeys = previousKeys == null ? "" : previousKeys.strip();
    }

    boolean hasKey() {
        return !key.isEmpty();
    }

    /** Never the keys: settings end up in logs and failure reports. */
    @Override
    public String toString() {
        return "PrivacyProperties[key=" + (hasKey() ? "(set)" : "(none)") + ", previousKeys="
                + (previousKeys.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
