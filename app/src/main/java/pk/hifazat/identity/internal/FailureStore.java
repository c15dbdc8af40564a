package pk.hifazat.identity.internal;

import java.time.Instant;

/**
 * Where {@link FailureCounts} keeps its counts, per scope (the user at an address, or the address).
 * Production keeps them in PostgreSQL ({@link SignInFailures}), so every instance behind the load
 * balancer slows the same guesser; the caller holds the address's lock for a whole attempt.
 */
interface FailureStore {

    /** The failures counted at {@code last}, the latest attempt; forgetting runs from there. */
    record Failures(long count, Instant last) {
    }

    /** Holds every count of this client address for the rest of the transaction, across instances. */
    void lock(String address);

    Failures get(String scope, String key);

    void put(String scope, String key, Failures failures);

    void remove(String scope, String key);

    /** Drops the counts that are all forgotten by {@code now}; {@code forgetEach} is how long one failure lasts. */
    void dropForgotten(String scope, Instant now, java.time.Duration forgetEach);

    int size();
}
