package pk.hifazat.media.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.database.CombinedBatches;
import pk.hifazat.database.Precedence;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportInformationAdded;
import pk.hifazat.intake.ReportsReceived;
import pk.hifazat.media.FilesLookAlike;
import pk.hifazat.media.MaterialAssessed;
import pk.hifazat.media.ReportMaterial;

/**
 * Matches the files of every report intake stores, and of every addition: keeps their hashes (so
 * that a bank that grows later can be matched against them), stores the matches and unknown
 * material, and announces one {@link MaterialAssessed} per batch when anything was found, and one
 * {@link FilesLookAlike} when a file looks like another report's.
 */
@Component
class MaterialListener {

    private final ReceivedReports reports;
    private final ReportFiles files;
    private final Matcher matcher;
    private final LookAlikes lookAlikes;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Precedence precedence;
    private final CombinedBatches<ReportId> received = new CombinedBatches<>(ReceivedReports.MAX_BATCH, this::assessStored);

    MaterialListener(ReceivedReports reports, ReportFiles files, Matcher matcher, LookAlikes lookAlikes,
                     ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Precedence precedence) {
        this.precedence = precedence;
        this.reports = reports;
        this.files = files;
        this.matcher = matcher;
        this.lookAlikes = lookAlikes;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReportsReceived stored) {
        try (var urgent = precedence.urgent(stored)) {
            received.run(stored.ids());
        }
    }

    private void assessStored(List<ReportId> ids) {
        transactions.executeWithoutResult(status -> {
            List<IncomingReport> read = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += ReceivedReports.MAX_BATCH) {
                read.addAll(reports.byIds(ids.subList(from, Math.min(ids.size(), from + ReceivedReports.MAX_BATCH))));
            }
            assess(read);
        });
    }

    @ApplicationModuleListener
    void on(ReportInformationAdded added) {
        reports.byId(added.report()).ifPresent(report -> assess(List.of(report)));
    }

    /** Only files not seen before are matched: an event delivered twice, or an addition, finds only what is new. */
    private void assess(List<IncomingReport> read) {
        List<StoredFile> named = new ArrayList<>();
        List<Instant> receivedAt = new ArrayList<>();
        for (IncomingReport report : read) {
            for (int i = 0; i < report.files().size(); i++) {
                named.add(StoredFile.of(report.id(), i, report.files().get(i)));
                receivedAt.add(report.receivedAt());
            }
        }
        // Only files with a usable PDQ hash join the look-alike index, so only their order must be kept.
        if (named.stream().anyMatch(StoredFile::hasUsablePdq)) {
            lookAlikes.lockForMatching();
        }
        List<StoredFile> kept = files.keepNew(named, receivedAt);
        List<ReportMaterial> found = matcher.match(kept);
        if (!found.isEmpty()) {
            events.publishEvent(new MaterialAssessed(found));
        }
        List<FilesLookAlike.Pair> alike = lookAlikes.compare(kept);
        if (!alike.isEmpty()) {
            events.publishEvent(new FilesLookAlike(alike));
        }
    }
}
