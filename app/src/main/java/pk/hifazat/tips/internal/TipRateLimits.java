package pk.hifazat.tips.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The brakes on the public pages, per client address: tips submitted, and receipt codes looked up
 * (successful or not, so that codes cannot be walked). A refusal says when the client may try again,
 * for the {@code Retry-After} header. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so the client's address is the real one.
 */
@Component
class TipRateLimits {

    private final ClientRateLimit submissions;
    private final ClientRateLimit lookups;

    TipRateLimits(Clock clock, TipsProperties properties) {
        this.submissions = new ClientRateLimit(properties.tipsPerHour(), Duration.ofHours(1), clock);
        this.lookups = new ClientRateLimit(properties.receiptLookupsPerHour(), Duration.ofHours(1), clock);
    }

    /** Counts a tip sent; empty if the client may send it, otherwise how long until it may. */
    Optional<Duration> submit(HttpServletRequest request) {
        return attempt(submissions, request.getRemoteAddr());
    }

    /** Counts a receipt look-up; empty if the client may make it, otherwise how long until it may. */
    Optional<Duration> lookUp(HttpServletRequest request) {
        return attempt(lookups, request.getRemoteAddr());
    }

    private static Optional<Duration> attempt(ClientRateLimit limit, String client) {
        return limit.tryAcquire(client) ? Optional.empty() : Optional.of(limit.retryAfter(client));
    }
}
