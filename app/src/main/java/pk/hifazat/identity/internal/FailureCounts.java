package pk.hifazat.identity.internal;

import java.time.Duration;
import java.time.Instant;

import pk.hifazat.identity.internal.FailureStore.Failures;

/**
 * Failed attempts per key and the wait they impose: none for the first {@code free} ones, then one
 * second, doubled at each further failure, at most {@code longest}. Failures are forgotten one at a
 * time, {@code free} of them per {@code longest}, so a quiet {@code longest} forgets them all and
 * occasional mistakes never add up. The counts live in a {@link FailureStore} under this rule's
 * scope; the caller holds the store's lock.
 */
final class FailureCounts {

    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

    private final String scope;
    private final int free;
    private final Duration longest;
    private final Duration forgetEach;
    private final FailureStore store;

    FailureCounts(String scope, int free, Duration longest, FailureStore store) {
        this.scope = scope;
        this.free = free;
        this.longest = longest;
        this.forgetEach = longest.dividedBy(free).isZero() ? Duration.ofMillis(1) : longest.dividedBy(free);
        this.store = store;
    }

    boolean allows(String key, Instant now) {
        Failures failures = store.get(scope, key);
        long count = countAt(failures, now);
        return count < free || !now.isBefore(failures.last().plus(waitAfter(count)));
    }

    void fail(String key, Instant now) {
        store.put(scope, key, new Failures(countAt(store.get(scope, key), now) + 1, now));
    }

    /** Takes one failure back: the attempt counted before its outcome was known turned out right. */
    void forgiveOne(String key, Instant now) {
        Failures failures = store.get(scope, key);
        long count = countAt(failures, now);
        if (count <= 1) {
            store.remove(scope, key);
        } else {
            store.put(scope, key, new Failures(count - 1, failures.last()));
        }
    }

    void forget(String key) {
        store.remove(scope, key);
    }

    /** Drops every count this rule has entirely forgotten. */
    void dropForgotten(Instant now) {
        store.dropForgotten(scope, now, forgetEach);
    }

    private long countAt(Failures failures, Instant now) {
        if (failures == null) {
            return 0;
        }
        long forgotten = Duration.between(failures.last(), now).dividedBy(forgetEach);
        return Math.max(0, failures.count() - Math.max(0, forgotten));
    }

    private Duration waitAfter(long count) {
        long doublings = Math.min(count - free, 30);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
