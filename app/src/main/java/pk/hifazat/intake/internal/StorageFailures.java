package pk.hifazat.intake.internal;

import java.sql.SQLException;
import java.util.Set;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionException;

/**
 * Whose fault a failed insert was: the database's (unreachable, or busy for now: answer "try again
 * later") or the report's (its data refused: answer that this report cannot be stored). Read from
 * PostgreSQL's SQLSTATE class rather than from Spring's exception types, which file, for example,
 * an index row that is too long (54000, "program limit exceeded") with a database that is down.
 */
public final class StorageFailures {

    /** Connection exceptions, and the server shutting down or not yet accepting connections. */
    private static final Set<String> UNREACHABLE = Set.of("08", "57P01", "57P02", "57P03");
    /** Transaction rollback (serialisation, deadlock), insufficient resources, locks, cancelled, system errors. */
    private static final Set<String> BUSY = Set.of("40", "53", "55", "57", "58", "XX");

    private StorageFailures() {
    }

    /** True when the database cannot be reached at all: trying each report of a batch again would only wait longer. */
    static boolean isUnreachable(RuntimeException failure) {
        if (failure instanceof IntakeUnavailableException || failure instanceof TransactionException
                || failure instanceof CannotGetJdbcConnectionException) {
            return true;
        }
        String state = sqlState(failure);
        return state != null && (UNREACHABLE.contains(state) || UNREACHABLE.contains(state.substring(0, 2)));
    }

    /**
     * What one report's failed insert, alone in its transaction, means for its sender: an
     * {@link IntakeUnavailableException} when the database is unreachable or busy, otherwise an
     * {@link UnstorableReportException}.
     */
    public static RuntimeException ofOneReport(RuntimeException failure) {
        if (failure instanceof IntakeUnavailableException || failure instanceof UnstorableReportException) {
            return failure;
        }
        String state = sqlState(failure);
        boolean busy = state != null ? BUSY.contains(state.substring(0, 2))
                : failure instanceof DataAccessException && !(failure instanceof NonTransientDataAccessException);
        if (isUnreachable(failure) || busy) {
            return new IntakeUnavailableException("The database could not store the report now", failure);
        }
        return new UnstorableReportException(failure);
    }

    /** PostgreSQL's five-character SQLSTATE of the failure, if it came from the database; null otherwise. */
    static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
