package pk.hifazat.intake;

import java.util.List;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Reports were stored: one event for each transaction that stored any — a public tip, a group of
 * single API reports committed together, or a batch of a bulk file — never one per report.
 *
 * <p>Why a batch: every listener of an event costs a row in the event publication registry in the
 * storing transaction; a 1,000-line bulk batch with four listening modules would write 4,000 rows
 * more per event-per-report. Published in the storing transaction, so listeners see the reports
 * exactly when they exist. It carries ids, never content: read the reports through
 * {@link ReceivedReports#byIds}, which reads a whole batch in a few queries. Duplicates (an
 * organisation's report id sent again) are not in it.
 */
@DomainEvent
public record ReportsReceived(List<ReportArrival> reports) {

    public ReportsReceived {
        reports = List.copyOf(reports);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("An event for no reports");
        }
    }

    public List<ReportId> ids() {
        return reports.stream().map(ReportArrival::report).toList();
    }
}
