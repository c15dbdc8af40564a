package pk.hifazat.tips.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import pk.hifazat.database.RateWindows;

/**
 * At most {@code limit} attempts per client in any window of {@code window} (a fixed window per
 * client, reset when it expires). Receipt codes are 40 random bits: with 20 look-ups an hour per
 * address, walking the space takes longer than the reports exist. The windows are shared by every
 * instance ({@link RateWindows}); ended ones are deleted every few hundred counts.
 */
final class ClientRateLimit {

    private static final int TIDY_EVERY = 200;

    private final String scope;
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final RateWindows windows;
    private final AtomicInteger counted = new AtomicInteger();

    ClientRateLimit(String scope, int limit, Duration window, Clock clock, RateWindows windows) {
        this.scope = scope;
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.windows = windows;
    }

    /** Counts one attempt by the client; false when it is over the limit and must wait. */
    boolean tryAcquire(String client) {
        return count(client) <= limit;
    }

    /** Whether the client is still under the limit, without counting anything. */
    boolean allows(String client) {
        return windows.current(scope, client, window, clock.instant()).map(w -> w.attempts() < limit).orElse(true);
    }

    /** Counts one attempt by the client; the number of attempts in its window so far. */
    int count(String client) {
        if (counted.incrementAndGet() % TIDY_EVERY == 0) {
            windows.dropEnded(scope, window, clock.instant());
        }
        return windows.count(scope, client, window, clock.instant()).attempts();
    }

    /** How long until the client's window ends and it may try again; at least a second. */
    Duration retryAfter(String client) {
        long left = windows.current(scope, client, window, clock.instant())
                .map(w -> w.startedAt().plus(window).toEpochMilli() - clock.millis()).orElse(0L);
        return Duration.ofSeconds(Math.max(1, (left + 999) / 1000));
    }
}
