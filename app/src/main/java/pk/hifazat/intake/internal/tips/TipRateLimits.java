package pk.hifazat.intake.internal.tips;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
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

    TipRateLimits(Clock clock,
                  @Value("${hifazat.intake.tips-per-hour:10}") int tipsPerHour,
                  @Value("${hifazat.intake.receipt-lookups-per-hour:20}") int lookupsPerHour) {
        this.submissions = new ClientRateLimit(tipsPerHour, Duration.ofHours(1), clock);
        this.lookups = new ClientRateLimit(lookupsPerHour, Duration.ofHours(1), clock);
    }

    boolean maySubmit(HttpServletRequest request) {
        return submissions.tryAcquire(request.getRemoteAddr());
    }

    boolean mayLookUp(HttpServletRequest request) {
        return lookups.tryAcquire(request.getRemoteAddr());
    }
}
