package pk.hifazat.triage.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;
import pk.hifazat.cases.ReportsAttachedToCase;
import pk.hifazat.intake.ReportId;

/**
 * Reports attached to a case leave the queue: each keeps the case's number, and a queue item all of
 * whose reports are now in cases closes as "moved to case" — the case's officers work on them there.
 * An item with reports still outside any case stays open, so that none is lost from view.
 */
@Component
class MovedToCase {

    private final JdbcClient jdbc;
    private final QueueItems items;
    private final ReportRows rows;
    private final AuditLog audit;

    MovedToCase(JdbcClient jdbc, QueueItems items, ReportRows rows, AuditLog audit) {
        this.jdbc = jdbc;
        this.items = items;
        this.rows = rows;
        this.audit = audit;
    }

    @Transactional
    void attached(ReportsAttachedToCase attached) {
        UUID[] reports = attached.reports().stream().map(ReportId::value).toArray(UUID[]::new);
        jdbc.sql("UPDATE triage_report SET case_number = ? WHERE report_id = ANY (?)")
                .params(attached.number().value(), reports).update();
        List<UUID> whole = jdbc.sql("""
                        SELECT DISTINCT t.cluster_id FROM triage_report t
                        WHERE t.report_id = ANY (?)
                          AND NOT EXISTS (SELECT 1 FROM triage_report o WHERE o.cluster_id = t.cluster_id
                                          AND o.case_number IS NULL AND o.duplicate_of IS NULL)""")
                .param(reports).query(UUID.class).list();
        for (UUID cluster : whole) {
            if (items.move(cluster, QueueWork.NOT_CLOSED, "status = 'CLOSED', outcome = ?, closed_at = now()",
                    QueueOutcome.MOVED_TO_CASE.name())) {
                rows.setOpen(cluster, false);
                audit.record(new AuditRecord("system", TriageAction.CLOSE, "Cluster", cluster.toString(), Outcome.DONE,
                        "moved to case " + attached.number().value()));
            }
        }
    }
}
