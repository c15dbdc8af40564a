package pk.hifazat.tips.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@code limit} attempts per client in any window of {@code window} (a fixed window per
 * client, reset when it expires). Receipt codes are 40 random bits: with 20 look-ups an hour per
 * address, walking the space takes longer than the reports exist. Counts live in memory, so a
 * restart forgets them; that is acceptable for a brake, not a wall. Stale windows are dropped as
 * new clients arrive, so memory stays bounded by the clients of one window.
 */
final class ClientRateLimit {

    private record Window(long startMillis, int attempts) {
    }

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    ClientRateLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts one attempt by the client; false when it is over the limit and must wait. */
    boolean tryAcquire(String client) {
        return count(client) <= limit;
    }

    /** Whether the client is still under the limit, without counting anything. */
    boolean allows(String client) {
        Window window = windows.get(client);
        return window == null || clock.millis() - window.startMillis() >= windowMillis || window.attempts() < limit;
    }

    /** Counts one attempt by the client; the number of attempts in its window so far. */
    int count(String client) {
        long now = clock.millis();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> now - w.startMillis() >= windowMillis);
        }
        return windows.compute(client, (c, w) -> w == null || now - w.startMillis() >= windowMillis
                ? new Window(now, 1)
                : new Window(w.startMillis(), w.attempts() + 1)).attempts();
    }

    /** How long until the client's window ends and it may try again; at least a second. */
    Duration retryAfter(String client) {
        Window window = windows.get(client);
        long left = window == null ? 0 : window.startMillis() + windowMillis - clock.millis();
        return Duration.ofSeconds(Math.max(1, (left + 999) / 1000));
    }
}
