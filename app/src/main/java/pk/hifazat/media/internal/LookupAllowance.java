package pk.hifazat.media.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import pk.hifazat.database.RateWindows;
import pk.hifazat.intake.OrganisationId;

/**
 * Lookups each partner organisation may make a minute: a fixed window per organisation — a brake on
 * scraping the banks one guess at a time — shared by every instance ({@link RateWindows}).
 */
@Component
class LookupAllowance {

    private static final String SCOPE = "PARTNER_LOOKUPS";
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final RateWindows windows;

    LookupAllowance(MediaProperties properties, Clock clock, RateWindows windows) {
        this.perMinute = properties.lookupsPerMinute();
        this.clock = clock;
        this.windows = windows;
    }

    /** Takes one lookup; the seconds to wait when none is left, else 0. */
    long take(OrganisationId organisation) {
        Instant now = clock.instant();
        var window = windows.count(SCOPE, organisation.toString(), MINUTE, now);
        if (window.attempts() <= perMinute) {
            return 0;
        }
        long left = window.startedAt().plus(MINUTE).toEpochMilli() - now.toEpochMilli();
        return Math.max(1, (left + 999) / 1000);
    }
}
