package pk.hifazat.triage.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;

/**
 * Scores every open report again after a rule change, in the background: keyset batches of report
 * ids, each one UPDATE that writes only the rows whose priority or reasons change, then the queue
 * items of the clusters those rows are in. Each batch is its own short transaction, so pages and
 * intake go on while it runs; runs queue behind one another, each with the rules as they are when
 * it starts. Progress is kept in {@code triage_retriage} for the rules page.
 */
@Component
class Retriage implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Retriage.class);
    private static final int CLUSTERS_PER_BATCH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TriageRules rules;
    private final ClusterDecisions decisions;
    private final AuditLog audit;
    private final TriageProperties properties;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("retriage").factory());

    Retriage(JdbcClient jdbc, TransactionTemplate transactions, TriageRules rules, ClusterDecisions decisions,
             AuditLog audit, TriageProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rules = rules;
        this.decisions = decisions;
        this.audit = audit;
        this.properties = properties;
    }

    /** Progress of a run. */
    public record Run(long id, String startedBy, Instant startedAt, long total, long done, long changed, Instant finishedAt) {

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }
    }

    /**
     * Starts a run after any run already going, once the caller's transaction (which changed the
     * rules) has committed, so the run reads the rules as changed; returns its id at once.
     */
    long start(String by, boolean clustersToo) {
        long total = jdbc.sql("SELECT count(*) FROM triage_report WHERE open").query(Long.class).single();
        long id = jdbc.sql("INSERT INTO triage_retriage (started_by, total) VALUES (?, ?) RETURNING id")
                .params(by, total).query(Long.class).single();
        Runnable submit = () -> worker.submit(() -> run(id, clustersToo));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit.run();
                }
            });
        } else {
            submit.run();
        }
        return id;
    }

    Optional<Run> latest() {
        return jdbc.sql("SELECT id, started_by, started_at, total, done, changed, finished_at FROM triage_retriage ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Run(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .optional();
    }

    /** Runs now, in the caller's thread: for the worker, and for tests and benchmarks that wait for the end. */
    void run(long id, boolean clustersToo) {
        try {
            List<TriageRule> current = rules.all();
            String scoring = TriageRules.scoring(current);
            String score = "(" + TriageRules.priority(current) + ", " + TriageRules.reasons(current) + ")";
            UUID after = new UUID(0, 0);
            while (true) {
                UUID from = after;
                List<UUID> batch = jdbc.sql("SELECT report_id FROM triage_report WHERE open AND report_id > ? "
                                + "ORDER BY report_id LIMIT ?")
                        .params(from, properties.retriageBatch()).query(UUID.class).list();
                if (batch.isEmpty()) {
                    break;
                }
                UUID to = batch.getLast();
                transactions.executeWithoutResult(status -> {
                    List<UUID> changed = jdbc.sql("UPDATE triage_report SET " + scoring + " WHERE open AND report_id > ? AND report_id <= ? AND "
                                    + "(priority, reasons) IS DISTINCT FROM " + score + " RETURNING cluster_id")
                            .params(from, to).query(UUID.class).list();
                    decisions.decide(new LinkedHashSet<>(changed), current);
                    jdbc.sql("UPDATE triage_retriage SET done = done + ?, changed = changed + ? WHERE id = ?")
                            .params(batch.size(), changed.size(), id).update();
                });
                after = to;
            }
            if (clustersToo) {
                decideEveryOpenCluster(current);
            }
            transactions.executeWithoutResult(status -> {
                jdbc.sql("UPDATE triage_retriage SET finished_at = now() WHERE id = ?").param(id).update();
                audit.record(new AuditRecord("system", TriageAction.RETRIAGE, "TriageRules", String.valueOf(id), null,
                        latest().map(r -> r.changed() + " of " + r.total() + " open reports changed").orElse("")));
            });
        } catch (RuntimeException e) {
            log.error("Re-triage run {} stopped", id, e);
        }
    }

    /** A raise rule changed: every open queue item is decided again, a batch of clusters at a time. */
    private void decideEveryOpenCluster(List<TriageRule> current) {
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            List<UUID> batch = jdbc.sql("SELECT cluster_id FROM triage_cluster WHERE status <> 'CLOSED' AND absorbed_into IS NULL "
                            + "AND cluster_id > ? ORDER BY cluster_id LIMIT ?")
                    .params(from, CLUSTERS_PER_BATCH).query(UUID.class).list();
            if (batch.isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(status -> decisions.decide(batch, current));
            after = batch.getLast();
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
