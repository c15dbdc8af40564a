package pk.hifazat.tips.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import pk.hifazat.database.RateWindows;

/**
 * The brakes on the public pages, per client address: tips stored (a form refused for a mistake
 * does not count, so a reporter correcting it is never stopped), and receipt codes looked up
 * (successful or not, so that codes cannot be walked). A refusal says when the client may try
 * again, for the {@code Retry-After} header.
 *
 * <p>Many people share one mobile-network address (carrier-grade NAT), so the limit on tips is a
 * brake on robots, not on people: behind the agency's reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that the client's address is the real one and not
 * the proxy's, and size {@code HIFAZAT_TIPS_PER_HOUR} for the busiest shared address, not for one person.
 */
@Component
class TipRateLimits {

    private static final String OVER_LIMIT = TipRateLimits.class.getName() + ".overLimit";

    private final ClientRateLimit submissions;
    private final ClientRateLimit lookups;

    TipRateLimits(Clock clock, TipsProperties properties, RateWindows windows) {
        this.submissions = new ClientRateLimit("TIPS", properties.tipsPerHour(), Duration.ofHours(1), clock, windows);
        this.lookups = new ClientRateLimit("RECEIPT_LOOKUPS", properties.receiptLookupsPerHour(), Duration.ofHours(1), clock,
                windows);
    }

    /** Whether the client may send a tip now (nothing is counted); empty if so, otherwise how long until it may. */
    Optional<Duration> submit(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        return submissions.allows(client) ? Optional.empty() : Optional.of(submissions.retryAfter(client));
    }

    /** Counts a tip stored for the client. */
    void stored(HttpServletRequest request) {
        submissions.count(request.getRemoteAddr());
    }

    /** Counts a receipt look-up; empty if the client may make it, otherwise how long until it may. */
    Optional<Duration> lookUp(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        return lookups.tryAcquire(client) ? Optional.empty() : Optional.of(lookups.retryAfter(client));
    }

    /** Marks a tip form over the client's limit that is read all the same, to be shown again as typed. */
    static void markOverLimit(HttpServletRequest request, Duration wait) {
        request.setAttribute(OVER_LIMIT, wait);
    }

    /** How long the client must wait, if this tip form came over its limit. */
    static Optional<Duration> overLimit(HttpServletRequest request) {
        return Optional.ofNullable((Duration) request.getAttribute(OVER_LIMIT));
    }
}
