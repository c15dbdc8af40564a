package pk.hifazat.database;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fixed windows of attempts per client, in PostgreSQL, so that every instance behind the load
 * balancer counts a client together and a restart forgets nothing. Counting is one upsert that
 * decides the window and the count in the same statement: two instances counting at once never lose
 * an attempt. Times come from the caller's clock, not the server's, so a rule is the same whichever
 * instance asks. Each limit names its own {@code scope}.
 */
@Component
public class RateWindows {

    /** A client's current window: when it started and the attempts counted in it. */
    public record Window(Instant startedAt, int attempts) {
    }

    private final JdbcClient jdbc;

    public RateWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one attempt at {@code now}, starting a new window when the last one is {@code length} old. */
    public Window count(String scope, String client, Duration length, Instant now) {
        Timestamp expired = Timestamp.from(now.minus(length));
        return jdbc.sql("""
                        INSERT INTO rate_window AS w (scope, client, started_at, attempts) VALUES (?, ?, ?, 1)
                        ON CONFLICT (scope, client) DO UPDATE SET
                            attempts = CASE WHEN w.started_at <= ? THEN 1 ELSE w.attempts + 1 END,
                            started_at = CASE WHEN w.started_at <= ? THEN excluded.started_at ELSE w.started_at END
                        RETURNING started_at, attempts""")
                .params(scope, client, Timestamp.from(now), expired, expired)
                .query((rs, n) -> new Window(rs.getTimestamp(1).toInstant(), rs.getInt(2)))
                .single();
    }

    /** The client's window still running at {@code now}, without counting anything. */
    public Optional<Window> current(String scope, String client, Duration length, Instant now) {
        return jdbc.sql("SELECT started_at, attempts FROM rate_window WHERE scope = ? AND client = ? AND started_at > ?")
                .params(scope, client, Timestamp.from(now.minus(length)))
                .query((rs, n) -> new Window(rs.getTimestamp(1).toInstant(), rs.getInt(2)))
                .optional();
    }

    /** Deletes the windows of a scope that ended by {@code now}: called now and then, to keep the table small. */
    public void dropEnded(String scope, Duration length, Instant now) {
        jdbc.sql("DELETE FROM rate_window WHERE scope = ? AND started_at <= ?")
                .params(scope, Timestamp.from(now.minus(length))).update();
    }
}
