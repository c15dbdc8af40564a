package pk.hifazat.tips.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At most {@code limit} attempts per client in any window of {@code window} (a fixed window per
 * client, reset when it expires). Receipt codes are 40 random bits: with 20 look-ups an hour per
 * address, walking the space takes longer than the reports exist.
 *
 * <p>The windows live in PostgreSQL ({@code tip_rate_window}), so every instance behind the load
 * balancer counts the same client together and a restart forgets nothing; counting is one upsert
 * that decides the new window and the count in the same statement, so two instances counting at
 * once never lose an attempt. Expired windows are deleted every few hundred counts. Times come from
 * the application's clock, not the server's, so the rule is the same whichever instance asks.
 */
final class ClientRateLimit {

    private static final int TIDY_EVERY = 200;

    private final String scope;
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final AtomicInteger counted = new AtomicInteger();

    ClientRateLimit(String scope, int limit, Duration window, Clock clock, JdbcClient jdbc) {
        this.scope = scope;
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Counts one attempt by the client; false when it is over the limit and must wait. */
    boolean tryAcquire(String client) {
        return count(client) <= limit;
    }

    /** Whether the client is still under the limit, without counting anything. */
    boolean allows(String client) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT started_at > ? AND attempts >= ? FROM tip_rate_window WHERE scope = ? AND client = ?")
                .params(Timestamp.from(now.minus(window)), limit, scope, client)
                .query(Boolean.class).optional().map(full -> !full).orElse(true);
    }

    /** Counts one attempt by the client; the number of attempts in its window so far. */
    int count(String client) {
        Instant now = clock.instant();
        Timestamp expired = Timestamp.from(now.minus(window));
        if (counted.incrementAndGet() % TIDY_EVERY == 0) {
            jdbc.sql("DELETE FROM tip_rate_window WHERE scope = ? AND started_at <= ?").params(scope, expired).update();
        }
        return jdbc.sql("""
                        INSERT INTO tip_rate_window AS w (scope, client, started_at, attempts) VALUES (?, ?, ?, 1)
                        ON CONFLICT (scope, client) DO UPDATE SET
                            attempts = CASE WHEN w.started_at <= ? THEN 1 ELSE w.attempts + 1 END,
                            started_at = CASE WHEN w.started_at <= ? THEN excluded.started_at ELSE w.started_at END
                        RETURNING attempts""")
                .params(scope, client, Timestamp.from(now), expired, expired)
                .query(Integer.class).single();
    }

    /** How long until the client's window ends and it may try again; at least a second. */
    Duration retryAfter(String client) {
        long left = jdbc.sql("SELECT started_at FROM tip_rate_window WHERE scope = ? AND client = ?")
                .params(scope, client).query(Timestamp.class).optional()
                .map(started -> started.toInstant().plus(window).toEpochMilli() - clock.millis()).orElse(0L);
        return Duration.ofSeconds(Math.max(1, (left + 999) / 1000));
    }
}
