package pk.hifazat.linking.internal;

import java.util.UUID;

import pk.hifazat.linking.LinkStrength;

/**
 * A key as stored, with how many reports name it and what an analyst decided about it.
 *
 * @param decision {@code CANDIDATE}, {@code NOISE}, {@code NOT_NOISE}, or null when nobody has looked
 */
record StoredKey(long id, UUID digest, String kind, boolean strong, boolean confirmed, int degree, String decision) {

    static final String CANDIDATE = "CANDIDATE";
    static final String NOISE = "NOISE";
    static final String NOT_NOISE = "NOT_NOISE";

    /**
     * Whether sharing it merges clusters: a strong key (or a confirmed handle) that is not noise and
     * is named by no more reports than the ceiling, unless an analyst said it is a real identifier.
     */
    boolean links(LinkingProperties properties) {
        if (NOISE.equals(decision) || !(strong || confirmed)) {
            return false;
        }
        return NOT_NOISE.equals(decision) || degree <= properties.automaticMergeCeiling();
    }

    /** How strong it is as a link, as a report page shows it. */
    LinkStrength strength(LinkingProperties properties) {
        if (NOISE.equals(decision)) {
            return LinkStrength.NOISE;
        }
        return links(properties) ? LinkStrength.STRONG : LinkStrength.WEAK;
    }
}
