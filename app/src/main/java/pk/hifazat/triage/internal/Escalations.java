package pk.hifazat.triage.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.database.ExclusiveJobs;
import pk.hifazat.geography.DistrictCode;

/**
 * A P1 that no one has claimed within the configured time is escalated to the supervisor of the
 * zone its district is in (headquarters for the national queue), where their home page shows it.
 */
@Component
class Escalations {

    private final JdbcClient jdbc;
    private final Routing routing;
    private final AuditLog audit;
    private final TriageProperties properties;
    private final ExclusiveJobs jobs;
    private final TransactionTemplate transaction;

    Escalations(JdbcClient jdbc, Routing routing, AuditLog audit, TriageProperties properties, ExclusiveJobs jobs,
                PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.routing = routing;
        this.audit = audit;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${hifazat.triage.escalation-check:1m}", initialDelayString = "${hifazat.triage.escalation-check:1m}")
    void escalateWaitingP1() {
        jobs.runAlone("triage-escalation", () -> transaction.executeWithoutResult(status -> escalateWaiting()));
    }

    /**
     * Escalates every unclaimed P1 older than the limit, in the caller's transaction; returns how
     * many. The rows are locked and their status checked again as they change, so an item is
     * escalated once even if two instances were to look at once.
     *
     * <p>A thousand at a time in a few statements: the read, one UPDATE, and the audit entries in one
     * append. Item by item, the chain's head stayed locked for a thousand round trips, while every
     * officer's audited action waited for it and every report on its way to a queue competed with
     * them (profiled beside 2 M reports, where hundreds of thousands of P1s stood unclaimed).
     */
    int escalateWaiting() {
        List<Waiting> waiting = jdbc.sql("""
                SELECT cluster_id, coalesce(district_override, district_code) FROM triage_cluster
                WHERE status = 'OPEN' AND priority = 1 AND absorbed_into IS NULL
                  AND queued_at < now() - make_interval(secs => ?)
                ORDER BY queued_at LIMIT 1000 FOR UPDATE SKIP LOCKED""")
                .param(properties.escalateAfter().toSeconds())
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        if (waiting.isEmpty()) {
            return 0;
        }
        UUID[] clusters = new UUID[waiting.size()], zones = new UUID[waiting.size()];
        for (int i = 0; i < clusters.length; i++) {
            Waiting item = waiting.get(i);
            clusters[i] = item.cluster();
            zones[i] = routing.zoneOf(item.district() == null ? null : new DistrictCode(item.district())).id().value();
        }
        Set<UUID> changed = Set.copyOf(jdbc.sql("""
                        UPDATE triage_cluster t SET status = 'ESCALATED', escalated_at = now(), escalated_to = e.zone
                        FROM unnest(?::uuid[], ?::uuid[]) AS e(cluster, zone)
                        WHERE t.cluster_id = e.cluster AND t.status = 'OPEN'
                        RETURNING t.cluster_id""")
                .params(clusters, zones).query(UUID.class).list());
        // Audited in the order they waited, longest first, whatever order the UPDATE returns them in.
        List<UUID> escalated = waiting.stream().map(Waiting::cluster).filter(changed::contains).toList();
        String detail = "P1 unclaimed for " + properties.escalateAfter();
        audit.recordAll(escalated.stream()
                .map(cluster -> new AuditRecord("system", TriageAction.ESCALATE, "Cluster", cluster.toString(), null, detail))
                .toList());
        return waiting.size();
    }

    private record Waiting(UUID cluster, String district) {
    }
}
