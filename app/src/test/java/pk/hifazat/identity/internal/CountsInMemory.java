package pk.hifazat.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The sign-in counts in a map, for the throttle's rules tested without a database. */
final class CountsInMemory implements FailureStore {

    private final Map<String, Failures> counts = new HashMap<>();

    @Override
    public void lock(String address) {
    }

    @Override
    public Failures get(String scope, String key) {
        return counts.get(scope + "|" + key);
    }

    @Override
    public void put(String scope, String key, Failures failures) {
        counts.put(scope + "|" + key, failures);
    }

    @Override
    public void remove(String scope, String key) {
        counts.remove(scope + "|" + key);
    }

    @Override
    public void dropForgotten(String scope, Instant now, Duration forgetEach) {
        counts.entrySet().removeIf(e -> e.getKey().startsWith(scope + "|")
                && !e.getValue().last().plus(forgetEach.multipliedBy(e.getValue().count())).isAfter(now));
    }

    @Override
    public int size() {
        return counts.size();
    }
}
