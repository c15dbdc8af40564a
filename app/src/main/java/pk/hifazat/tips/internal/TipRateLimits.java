package pk.hifazat.tips.internal;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The brakes on the public pages, per client address: tips submitted, and receipt codes looked up
 * (successful or not, so that codes cannot be walked). Behind a reverse proxy, set
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

    boolean maySubmit(HttpServletRequest request) {
        return submissions.tryAcquire(request.getRemoteAddr());
    }

    boolean mayLookUp(HttpServletRequest request) {
        return lookups.tryAcquire(request.getRemoteAddr());
    }
}
