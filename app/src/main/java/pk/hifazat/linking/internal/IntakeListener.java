package pk.hifazat.linking.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportInformationAdded;
import pk.hifazat.intake.ReportsReceived;

/**
 * Links every report intake stores, a whole stored batch at a time (one read, one linking
 * transaction, one {@code ReportsLinked}), and what reporters add later.
 */
@Component
class IntakeListener {

    private final ReceivedReports reports;
    private final Linker linker;

    IntakeListener(ReceivedReports reports, Linker linker) {
        this.reports = reports;
        this.linker = linker;
    }

    @ApplicationModuleListener
    void on(ReportsReceived received) {
        List<ReportId> ids = received.ids();
        List<IncomingReport> batch = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += ReceivedReports.MAX_BATCH) {
            batch.addAll(reports.byIds(ids.subList(from, Math.min(ids.size(), from + ReceivedReports.MAX_BATCH))));
        }
        linker.linkReceived(batch);
    }

    @ApplicationModuleListener
    void on(ReportInformationAdded added) {
        reports.byId(added.report()).ifPresent(linker::linkAddition);
    }
}
