package pk.hifazat.linking.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import pk.hifazat.database.CombinedBatches;
import pk.hifazat.database.Precedence;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportInformationAdded;
import pk.hifazat.intake.ReportsReceived;

/**
 * Links every report intake stores, a whole stored batch at a time (read and linked in one
 * transaction, one {@code ReportsLinked}), and what reporters add later. Stored batches that wait
 * for their turn are linked together ({@link CombinedBatches}): single reports arriving by the
 * hundred a second are linked a few hundred at a time, and triage receives them so.
 *
 * <p>One batch at a time in this application, waiting here without a transaction: linking is
 * serialised anyway ({@link ClusterStore#lock}), and each listener call runs on a thread of its
 * own, so during a bulk import dozens may be waiting at once. Had each opened its transaction first,
 * each would hold a database connection while it waited, and intake, storing the next batches, would
 * find the pool empty.
 */
@Component
class IntakeListener {

    private final ReceivedReports reports;
    private final Linker linker;
    private final LinkingTurns turns;
    private final Precedence precedence;
    private final LinkingTimings timings;
    private final CombinedBatches<ReportId> received = new CombinedBatches<>(ReceivedReports.MAX_BATCH, this::link);

    IntakeListener(ReceivedReports reports, Linker linker, LinkingTurns turns, Precedence precedence,
                   LinkingTimings timings) {
        this.timings = timings;
        this.precedence = precedence;
        this.reports = reports;
        this.linker = linker;
        this.turns = turns;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReportsReceived stored) {
        try (var urgent = precedence.urgent(stored)) {
            received.run(stored.ids());
        }
    }

    private void link(List<ReportId> ids) {
        turns.alone(() -> {
            long started = System.nanoTime();
            int linked = linker.linkStored(ids);
            timings.record(started, linked);
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReportInformationAdded added) {
        turns.alone(() -> reports.byId(added.report()).ifPresent(linker::linkAddition));
    }
}
