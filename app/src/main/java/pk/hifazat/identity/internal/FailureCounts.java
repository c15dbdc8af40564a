package pk.hifazat.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed attempts per key and the wait they impose: none for the first {@code free} ones, then one
 * second, doubled at each further failure, at most {@code longest}. Failures are forgotten one at a
 * time, {@code free} of them per {@code longest}, so a quiet {@code longest} forgets them all and
 * occasional mistakes never add up. Not thread-safe: {@link SignInThrottle} guards it.
 *
 * <p>At most {@code capacity} keys are kept: when full, those whose failures are all forgotten go
 * first, then the ones unused longest.
 */
final class FailureCounts {

    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

    /** The failures counted at {@code last}, the latest attempt; forgetting runs from there. */
    private record Failures(long count, Instant last) {
    }

    private final int free;
    private final Duration longest;
    private final Duration forgetEach;
    private final int capacity;
    private final LinkedHashMap<String, Failures> byKey = new LinkedHashMap<>(64, 0.75f, true);

    FailureCounts(int free, Duration longest, int capacity) {
        this.free = free;
        this.longest = longest;
        this.forgetEach = longest.dividedBy(free).isZero() ? Duration.ofMillis(1) : longest.dividedBy(free);
        this.capacity = capacity;
    }

    boolean allows(String key, Instant now) {
        long count = countAt(key, now);
        return count < free || !now.isBefore(byKey.get(key).last().plus(waitAfter(count)));
    }

    void fail(String key, Instant now) {
        long count = countAt(key, now);
        byKey.put(key, new Failures(count + 1, now));
        if (byKey.size() > capacity) {
            makeRoom(now);
        }
    }

    /** Takes one failure back: the attempt counted before its outcome was known turned out right. */
    void forgiveOne(String key, Instant now) {
        long count = countAt(key, now);
        if (count <= 1) {
            byKey.remove(key);
        } else {
            byKey.put(key, new Failures(count - 1, byKey.get(key).last()));
        }
    }

    void forget(String key) {
        byKey.remove(key);
    }

    int size() {
        return byKey.size();
    }

    private long countAt(String key, Instant now) {
        Failures failures = byKey.get(key);
        return failures == null ? 0 : countAt(failures, now);
    }

    private long countAt(Failures failures, Instant now) {
        long forgotten = Duration.between(failures.last(), now).dividedBy(forgetEach);
        return Math.max(0, failures.count() - Math.max(0, forgotten));
    }

    private Duration waitAfter(long count) {
        long doublings = Math.min(count - free, 30);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    private void makeRoom(Instant now) {
        byKey.values().removeIf(failures -> countAt(failures, now) == 0);
        Iterator<Map.Entry<String, Failures>> eldest = byKey.entrySet().iterator();
        while (byKey.size() > capacity && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }
}
