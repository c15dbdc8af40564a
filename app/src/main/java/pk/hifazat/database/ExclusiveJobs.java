package pk.hifazat.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that must run once however many instances share the database — an escalation
 * sweep, a deadline watch, re-matching stored reports — runs here under a PostgreSQL advisory lock
 * named after the job: the instance that gets the lock does the work, the others skip that round.
 *
 * <p>The lock is a session lock held on a connection of its own for as long as the work runs (the
 * work may commit many transactions on other connections). If the instance dies mid-way the
 * connection drops and the server releases the lock, so no instance waits on a dead one, and no
 * table of lock rows needs cleaning. The trade-off: one connection of the pool is held per running
 * job.
 */
@Component
public class ExclusiveJobs {

    private final DataSource dataSource;

    public ExclusiveJobs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work unless another instance is running the job with this name now; whether it ran. */
    public boolean runAlone(String job, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(hashtextextended(?, 0))", job)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(hashtextextended(?, 0))", job);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the lock of the job " + job, e);
        }
    }

    private static boolean call(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, job);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
