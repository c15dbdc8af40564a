package pk.hifazat.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sign-in failure counts in PostgreSQL, shared by every instance on the database: a guesser who
 * is spread over several instances by the load balancer is slowed as if there were one. An address's
 * counts are locked with a transaction-scoped advisory lock, which also covers the counts that do not
 * exist yet; the lock ends with the transaction, so a dead instance holds nothing.
 */
@Repository
class SignInFailures implements FailureStore {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock(String address) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('sign-in ' || ?, 0))").param(address)
                .query(Object.class).single();
    }

    @Override
    public Failures get(String scope, String key) {
        return jdbc.sql("SELECT failures, last_at FROM sign_in_failure WHERE scope = ? AND key = ?")
                .params(scope, key)
                .query((rs, n) -> new Failures(rs.getLong("failures"), rs.getTimestamp("last_at").toInstant()))
                .optional().orElse(null);
    }

    @Override
    public void put(String scope, String key, Failures failures) {
        jdbc.sql("""
                        INSERT INTO sign_in_failure (scope, key, failures, last_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (scope, key) DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at""")
                .params(scope, key, failures.count(), Timestamp.from(failures.last()))
                .update();
    }

    @Override
    public void remove(String scope, String key) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE scope = ? AND key = ?").params(scope, key).update();
    }

    @Override
    public void dropForgotten(String scope, Instant now, Duration forgetEach) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE scope = ? AND last_at + failures * make_interval(secs => ?) <= ?")
                .params(scope, forgetEach.toMillis() / 1000.0, Timestamp.from(now))
                .update();
    }

    @Override
    public int size() {
        return jdbc.sql("SELECT count(*) FROM sign_in_failure").query(Integer.class).single();
    }
}
