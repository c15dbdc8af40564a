package pk.hifazat.media.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import pk.hifazat.intake.OrganisationId;

/**
 * Lookups each partner organisation may make a minute: a fixed window per organisation — a brake on
 * scraping the banks one guess at a time. The window lives in PostgreSQL, so every instance behind
 * the load balancer counts an organisation together; one upsert decides the window and the count.
 */
@Component
class LookupAllowance {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final JdbcClient jdbc;

    LookupAllowance(MediaProperties properties, Clock clock, JdbcClient jdbc) {
        this.perMinute = properties.lookupsPerMinute();
        this.clock = clock;
        this.jdbc = jdbc;
    }

    private record Window(Instant started, int used) {
    }

    /** Takes one lookup; the seconds to wait when none is left, else 0. */
    long take(OrganisationId organisation) {
        Instant now = clock.instant();
        Timestamp expired = Timestamp.from(now.minus(MINUTE));
        Window window = jdbc.sql("""
                        INSERT INTO lookup_window AS w (organisation_id, started_at, used) VALUES (?, ?, 1)
                        ON CONFLICT (organisation_id) DO UPDATE SET
                            used = CASE WHEN w.started_at <= ? THEN 1 ELSE w.used + 1 END,
                            started_at = CASE WHEN w.started_at <= ? THEN excluded.started_at ELSE w.started_at END
                        RETURNING started_at, used""")
                .params(organisation.value(), Timestamp.from(now), expired, expired)
                .query((rs, n) -> new Window(rs.getTimestamp("started_at").toInstant(), rs.getInt("used")))
                .single();
        if (window.used() <= perMinute) {
            return 0;
        }
        long left = window.started().plus(MINUTE).toEpochMilli() - now.toEpochMilli();
        return Math.max(1, (left + 999) / 1000);
    }
}
