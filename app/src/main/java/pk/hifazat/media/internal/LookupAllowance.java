package pk.hifazat.media.internal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

import pk.hifazat.intake.OrganisationId;

/**
 * Lookups each partner organisation may make a minute: a fixed window per organisation, in memory
 * (per instance; a restart forgets it) — a brake on scraping the banks one guess at a time.
 */
@Component
class LookupAllowance {

    private static final long MINUTE = 60_000;

    private record Window(long start, int used) {
    }

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentMap<OrganisationId, Window> windows = new ConcurrentHashMap<>();

    LookupAllowance(MediaProperties properties, Clock clock) {
        this.perMinute = properties.lookupsPerMinute();
        this.clock = clock;
    }

    /** Takes one lookup; the seconds to wait when none is left, else 0. */
    long take(OrganisationId organisation) {
        long now = clock.millis();
        Window w = windows.compute(organisation, (o, old) -> old == null || now - old.start() >= MINUTE
                ? new Window(now, 1) : new Window(old.start(), old.used() + 1));
        return w.used() <= perMinute ? 0 : Math.max(1, (w.start() + MINUTE - now + 999) / 1000);
    }
}
