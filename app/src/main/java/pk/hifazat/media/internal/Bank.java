package pk.hifazat.media.internal;

import java.time.Instant;

import pk.hifazat.media.BankId;

/** A hash bank's settings. A retired bank matches nothing and can be neither enabled nor imported into. */
record Bank(BankId id, String name, String source, String defaultCategory, Severity severity, int pdqRadius,
            boolean enabled, Instant createdAt, String createdBy, Instant retiredAt) {

    static final int DEFAULT_RADIUS = 31;

    public boolean retired() {
        return retiredAt != null;
    }

    /** Whether its entries are matched now. */
    public boolean matching() {
        return enabled && !retired();
    }
}
