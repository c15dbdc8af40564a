package pk.hifazat.safeguarding.internal;

import java.time.Instant;
import java.util.UUID;

import pk.hifazat.geography.DistrictCode;

/** A child reported missing or abducted, without the sealed name. */
record MissingRecord(UUID id, String pseudonym, Kind kind, Integer age, String gender, DistrictCode district,
                     String provinceCode, String place, Instant lastSeenAt, Instant reportedAt, Instant alertAt,
                     Instant closedAt, String closeReason) {

    enum Kind {
        MISSING, ABDUCTED
    }

    public String shown() {
        return "Child " + pseudonym;
    }

    public boolean open() {
        return closedAt == null;
    }

    public boolean alerted() {
        return alertAt != null;
    }
}
