package pk.hifazat.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows the guessing of passwords without letting anyone lock an account. Attempts are counted
 * per username at one client address, and per client address over all usernames; past the free
 * ones, each further attempt must wait longer (see {@link FailureCounts}). There is deliberately no
 * count per username alone: whoever could fill it would lock that user out from everywhere, the
 * administrator included. A name that belongs to nobody is counted like one that exists, so the
 * answers say nothing about which names exist.
 *
 * <p>An attempt is counted before its password is checked, and taken back when it proves right, so
 * that a burst of simultaneous guesses gets no more tries than a sequence. The counts live in the
 * database ({@link SignInFailures}), shared by every instance and kept over restarts.
 */
@Component
class SignInThrottle {

    /** Longer than any username: what is typed beyond it cannot make a key bigger. */
    private static final int LONGEST_KEPT_NAME = 100;
    /** Every this many attempts, the counts that are all forgotten are dropped, so the table stays small. */
    private static final int TIDY_EVERY = 100;

    private final FailureStore store;
    private final FailureCounts byUserAtAddress;
    private final FailureCounts byAddress;
    private final Clock clock;
    private final AtomicInteger attempts = new AtomicInteger();

    @Autowired
    SignInThrottle(IdentityProperties properties, Clock clock, SignInFailures store) {
        this(properties.signIn(), clock, store);
    }

    SignInThrottle(IdentityProperties.SignInPolicy policy, Clock clock, FailureStore store) {
        this.store = store;
        this.byUserAtAddress = new FailureCounts("USER_AT_ADDRESS", policy.maxFailures(), policy.lockFor(), store);
        this.byAddress = new FailureCounts("ADDRESS", policy.addressMaxFailures(), policy.lockFor(), store);
        this.clock = clock;
    }

    /** Counts an attempt with a password when the user and the address may make one now; false when they must wait. */
    @Transactional
    synchronized boolean tryAttempt(String username, String address) {
        Instant now = clock.instant();
        store.lock(address);
        if (attempts.incrementAndGet() % TIDY_EVERY == 0) {
            byUserAtAddress.dropForgotten(now);
            byAddress.dropForgotten(now);
        }
        String userKey = userAt(username, address);
        if (!byUserAtAddress.allows(userKey, now) || !byAddress.allows(address, now)) {
            return false;
        }
        byUserAtAddress.fail(userKey, now);
        byAddress.fail(address, now);
        return true;
    }

    /** The password was right: the user's count at the address starts again, and the address's loses this attempt. */
    @Transactional
    synchronized void succeeded(String username, String address) {
        store.lock(address);
        byUserAtAddress.forget(userAt(username, address));
        byAddress.forgiveOne(address, clock.instant());
    }

    int remembered() {
        return store.size();
    }

    private static String userAt(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return address + " " + (name.length() > LONGEST_KEPT_NAME ? name.substring(0, LONGEST_KEPT_NAME) : name);
    }
}
