package pk.hifazat.triage.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
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

    Escalations(JdbcClient jdbc, Routing routing, AuditLog audit, TriageProperties properties) {
        this.jdbc = jdbc;
        this.routing = routing;
        this.audit = audit;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${hifazat.triage.escalation-check:1m}", initialDelayString = "${hifazat.triage.escalation-check:1m}")
    void escalateWaitingP1() {
        escalateWaiting();
    }

    /** Escalates every unclaimed P1 older than the limit; returns how many. */
    @Transactional
    int escalateWaiting() {
        List<Waiting> waiting = jdbc.sql("""
                SELECT cluster_id, coalesce(district_override, district_code) FROM triage_cluster
                WHERE status = 'OPEN' AND priority = 1 AND absorbed_into IS NULL
                  AND queued_at < now() - make_interval(secs => ?)
                ORDER BY queued_at LIMIT 1000 FOR UPDATE SKIP LOCKED""")
                .param(properties.escalateAfter().toSeconds())
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        for (Waiting item : waiting) {
            UUID zone = routing.zoneOf(item.district() == null ? null : new DistrictCode(item.district())).id().value();
            jdbc.sql("UPDATE triage_cluster SET status = 'ESCALATED', escalated_at = now(), escalated_to = ? WHERE cluster_id = ?")
                    .params(zone, item.cluster()).update();
            audit.record(new AuditRecord("system", TriageAction.ESCALATE, "Cluster", item.cluster().toString(), null,
                    "P1 unclaimed for " + properties.escalateAfter()));
        }
        return waiting.size();
    }

    private record Waiting(UUID cluster, String district) {
    }
}
