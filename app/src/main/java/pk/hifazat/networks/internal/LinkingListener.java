package pk.hifazat.networks.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import pk.hifazat.database.Follower;
import pk.hifazat.database.Following;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.linking.Clusters;
import pk.hifazat.linking.ClustersSplit;
import pk.hifazat.linking.LinkedReport;
import pk.hifazat.linking.ReportsLinked;
import pk.hifazat.linking.SharedIdentifier;
import pk.hifazat.networks.ReportsJoinedNetworks;

/**
 * Keeps the graph level with linking: each linked batch is read from intake a thousand reports at a
 * time, with linking's own word on each identifier's strength, and written in the listener's
 * transaction; a split cluster's reports are written again, so that an identifier marked as noise
 * stops joining them. New reports are written after their path to the queue ({@link Following}):
 * during a flood the graph is up to the following patience behind.
 */
@Component
class LinkingListener implements Follower<ReportsLinked> {

    /** The most reports of a split cluster written again; a larger one is left to the next rebuild. */
    static final int SPLIT_LIMIT = 10_000;

    private final ReceivedReports reports;
    private final Clusters clusters;
    private final ReportProjection projection;
    private final NetworkReader networks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Following following;
    private final ReentrantLock turn = new ReentrantLock(true);

    LinkingListener(ReceivedReports reports, Clusters clusters, ReportProjection projection, NetworkReader networks,
                    ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Following following) {
        this.following = following;
        this.reports = reports;
        this.clusters = clusters;
        this.projection = projection;
        this.networks = networks;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Kept for later, in linking's transaction: the graph follows a report's path to its queue ({@link Following#defer}). */
    @EventListener
    void on(ReportsLinked linked) {
        if (!linked.reports().isEmpty()) {
            following.defer(this, linked);
        }
    }

    @Override
    public String name() {
        return "networks.reports-linked";
    }

    @Override
    public Class<ReportsLinked> events() {
        return ReportsLinked.class;
    }

    /** In the follower's transaction, in this instance's turn. */
    @Override
    public void follow(List<ReportsLinked> events) {
        List<ReportId> ids = events.stream().flatMap(linked -> linked.reports().stream()).map(LinkedReport::report)
                .distinct().toList();
        turn.lock();
        try {
            projectAndAnnounce(ids);
        } finally {
            turn.unlock();
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ClustersSplit split) {
        inTurn(() -> {
            Set<ReportId> ids = new LinkedHashSet<>(clusters.reportsIn(split.cluster(), SPLIT_LIMIT));
            split.moved().forEach(moved -> ids.add(moved.report()));
            project(List.copyOf(ids));
        });
    }

    /**
     * One projection at a time on this instance, waiting for its turn outside any transaction (the
     * listeners run without one): each listener call has a thread of its own, and had each opened
     * its transaction first, a burst of linked batches would hold the whole pool while waiting. The
     * projection's database lock ({@link GraphStore#serialise}) orders writers across instances.
     */
    private void inTurn(Runnable work) {
        turn.lock();
        try {
            transactions.executeWithoutResult(status -> work.run());
        } finally {
            turn.unlock();
        }
    }

    private void projectAndAnnounce(List<ReportId> ids) {
        project(ids);
        List<ReportsJoinedNetworks.Joined> joined = new ArrayList<>();
        networks.networksOf(ids).forEach((report, network) -> {
            if (network.reports() > 1) {
                joined.add(new ReportsJoinedNetworks.Joined(report, network.reports(), network.size()));
            }
        });
        if (!joined.isEmpty()) {
            events.publishEvent(new ReportsJoinedNetworks(joined));
        }
    }

    private void project(List<ReportId> ids) {
        for (int from = 0; from < ids.size(); from += ReceivedReports.MAX_BATCH) {
            List<ReportId> slice = ids.subList(from, Math.min(ids.size(), from + ReceivedReports.MAX_BATCH));
            Map<ReportId, List<SharedIdentifier>> named = clusters.namedBy(slice);
            projection.project(reports.byIds(slice).stream()
                    .map(report -> new ProjectedReport(report, named.getOrDefault(report.id(), List.of())))
                    .toList());
        }
    }
}
