package pk.hifazat.statistics.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pk.hifazat.database.Follower;
import pk.hifazat.database.Following;
import pk.hifazat.triage.ReportsTriaged;
import pk.hifazat.triage.TriagedReport;

/**
 * Counts where triage routed each report and at what priority, after the report's path to its queue
 * ({@link Following}); a report triaged again is counted as the latest triage says.
 */
@Component
class TriagedReportsCounted implements Follower<ReportsTriaged> {

    private final Facts facts;
    private final Counts counts;
    private final Following following;

    TriagedReportsCounted(Facts facts, Counts counts, Following following) {
        this.facts = facts;
        this.counts = counts;
        this.following = following;
    }

    /** In the publisher's transaction ({@link Following#defer}). */
    @EventListener
    void on(ReportsTriaged triaged) {
        following.defer(this, triaged);
    }

    @Override
    public String name() {
        return "statistics.reports-triaged";
    }

    @Override
    public Class<ReportsTriaged> events() {
        return ReportsTriaged.class;
    }

    @Override
    public void follow(List<ReportsTriaged> events) {
        List<TriagedReport> triaged = events.stream().flatMap(e -> e.reports().stream()).toList();
        for (List<TriagedReport> batch : LatestOfEach.slices(triaged, TriagedReport::report)) {
            List<Facts.RoutedReport> rows = batch.stream()
                    .map(r -> new Facts.RoutedReport(r.report().value(), r.district() == null ? null : r.district().value(),
                            r.priority().level()))
                    .toList();
            counts.changeReports(rows.stream().map(Facts.RoutedReport::report).toList(), () -> facts.routed(rows));
        }
    }
}
