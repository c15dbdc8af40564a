package pk.hifazat.linking.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of linking.
 *
 * @param noiseCandidateDegree  a key named by this many reports is listed for analysts as possibly noise
 *                              (a support address, a test number); it still links until one decides
 * @param automaticMergeCeiling above this many reports a key no longer merges clusters by itself until an
 *                              analyst says it is not noise, so that a bulk import of spam naming one
 *                              address cannot glue thousands of reports together
 * @param duplicateWindow       a report naming exactly the same identifiers and files as one received at
 *                              most this long before is a duplicate of it
 */
@ConfigurationProperties("hifazat.linking")
public record LinkingProperties(@DefaultValue("50") int noiseCandidateDegree,
                                @DefaultValue("500") int automaticMergeCeiling,
                                @DefaultValue("24h") Duration duplicateWindow) {

    public LinkingProperties {
        if (noiseCandidateDegree < 2) {
            throw new IllegalArgumentException("hifazat.linking.noise-candidate-degree must be at least 2");
        }
        if (automaticMergeCeiling < noiseCandidateDegree) {
            throw new IllegalArgumentException(
                    "hifazat.linking.automatic-merge-ceiling must be at least hifazat.linking.noise-candidate-degree");
        }
        if (duplicateWindow == null || duplicateWindow.isNegative()) {
            throw new IllegalArgumentException("hifazat.linking.duplicate-window must be zero or more");
        }
    }

    /** The settings when nothing is configured, for tests without Spring. */
    public static LinkingProperties defaults() {
        return new LinkingProperties(50, 500, Duration.ofHours(24));
    }
}
