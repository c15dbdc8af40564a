package pk.hifazat.intake.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * An API key as stored: never the key itself, only its first characters to recognise it by. Its last
 * use is known to within {@link ApiKeys#LAST_USE_PRECISION}; null when never used.
 */
public record ApiKey(UUID id, UUID organisation, String prefix, String label, Instant issuedAt, String issuedBy,
                     Instant revokedAt, String revokedBy, Instant lastUsedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
