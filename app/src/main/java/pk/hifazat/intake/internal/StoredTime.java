package pk.hifazat.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current time as the database will keep it. PostgreSQL stores microseconds and the JDK's clock
 * gives nanoseconds, so a receipt written with the clock's own reading would name a time that no
 * later look-up of the same report gives back.
 */
final class StoredTime {

    private StoredTime() {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
