package pk.hifazat.networks.internal;

import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The networks in memory, kept level with the projection: before each read it loads the report
 * nodes and the edges added since the last it saw (by any instance), or — when the projection's
 * generation moved because an edge lost or gained strength — everything again, streamed in
 * read-only queries. Writers take turns ({@link GraphStore#serialise}), so nodes commit in the
 * order of their ids as edges do in the order of their sequence.
 */
@Component
class NetworkIndex {

    private static final int FETCH = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final GraphStore store;

    private ComponentIndex components = new ComponentIndex();
    private long loadedUpTo;
    private long nodesUpTo;
    private long generation = -1;

    NetworkIndex(DataSource dataSource, PlatformTransactionManager transactions, GraphStore store) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.store = store;
    }

    /** Forgets everything: the next read loads the projection again (after a write that was rolled back). */
    synchronized void invalidate() {
        generation = -1;
    }

    /**
     * Brings the index level with the projection and hands it to {@code reading}. The connection is
     * taken before the index's lock, never while holding it: a thread waiting for the lock may hold
     * a connection, but the holder never waits for one, so the pool cannot run dry in a cycle.
     */
    <T> T read(Function<ComponentIndex, T> reading) {
        return readOnly.execute(status -> {
            synchronized (this) {
                catchUp();
                return reading.apply(components);
            }
        });
    }

    private void catchUp() {
        long[] state = jdbc.queryForObject(
                "SELECT generation, coalesce((SELECT max(id) FROM net_node), 0) FROM net_generation WHERE id = 1",
                (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)});
        long now = state[0];
        if (now != generation) {
            components = new ComponentIndex();
            loadedUpTo = 0;
            nodesUpTo = 0;
            generation = now;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        invalidate();
                    }
                }
            });
        }
        components.ensure(state[1]);
        jdbc.query("SELECT id FROM net_node WHERE id > ? AND id <= ? AND kind = 'REPORT'",
                rs -> {
                    components.markReport(rs.getLong(1));
                }, nodesUpTo, state[1]);
        nodesUpTo = state[1];
        jdbc.query("SELECT seq, source_id, target_id, strength = 'STRONG' FROM net_edge WHERE seq > ? ORDER BY seq",
                rs -> {
                    if (rs.getBoolean(4)) {
                        components.union(rs.getLong(2), rs.getLong(3));
                    }
                    loadedUpTo = rs.getLong(1);
                }, loadedUpTo);
    }
}
