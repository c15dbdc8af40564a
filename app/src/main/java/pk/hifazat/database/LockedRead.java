package pk.hifazat.database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * A lock and the read it guards, sent to the database together: one wait for its answer instead of
 * two. On a report's way to its queue linking and triage each wait for a few answers in a row, and
 * on a loaded two-core machine each wait costs a few tenths of a millisecond however little the
 * statement does, so the waits, not the work, made most of a lone report's time.
 *
 * <p>The read still sees everything the lock waited for: under READ COMMITTED each statement reads
 * what had committed when it started, and the database starts the second once the first is done,
 * lock held. (One statement taking the lock in a subquery would not: its snapshot is older than the
 * lock.)
 */
@Component
public class LockedRead {

    private final JdbcTemplate template;

    public LockedRead(JdbcTemplate template) {
        this.template = template;
    }

    /**
     * Runs {@code lock}, whose answer is ignored, then {@code read}.
     *
     * @param args the parameters of both, the lock's first
     */
    public <T> T afterLock(String lock, String read, Object[] args, ResultSetExtractor<T> extractor) {
        return template.execute(lock + ";\n" + read, (PreparedStatement statement) -> {
            new ArgumentPreparedStatementSetter(args).setValues(statement);
            statement.execute();
            if (!statement.getMoreResults()) {
                throw new IllegalStateException("The read sent after a lock gave no result set");
            }
            try (ResultSet rs = statement.getResultSet()) {
                return extractor.extractData(rs);
            }
        });
    }
}
