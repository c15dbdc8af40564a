package pk.hifazat.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pk.hifazat.database.Follower;
import pk.hifazat.database.Following;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportArrival;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportsReceived;

/**
 * Counts every report intake stores, with its source, incident type and annotations, after the
 * report's path to its queue ({@link Following}): during a flood the figures are up to the following
 * patience behind, and catch up a few stored batches at a time.
 */
@Component
class ReceivedReportsCounted implements Follower<ReportsReceived> {

    private final Facts facts;
    private final Counts counts;
    private final ReceivedReports reports;
    private final Following following;

    ReceivedReportsCounted(Facts facts, Counts counts, ReceivedReports reports, Following following) {
        this.facts = facts;
        this.counts = counts;
        this.reports = reports;
        this.following = following;
    }

    /** In the publisher's transaction ({@link Following#defer}). */
    @EventListener
    void on(ReportsReceived stored) {
        following.defer(this, stored);
    }

    @Override
    public String name() {
        return "statistics.reports-received";
    }

    @Override
    public Class<ReportsReceived> events() {
        return ReportsReceived.class;
    }

    @Override
    public void follow(List<ReportsReceived> events) {
        List<ReportArrival> arrivals = events.stream().flatMap(stored -> stored.reports().stream()).toList();
        for (List<ReportArrival> batch : LatestOfEach.slices(arrivals, ReportArrival::report)) {
            Map<ReportId, IncomingReport> read = reports.byIds(batch.stream().map(ReportArrival::report).toList()).stream()
                    .collect(Collectors.toMap(IncomingReport::id, r -> r));
            List<Facts.ReceivedReport> rows = new ArrayList<>();
            for (ReportArrival arrival : batch) {
                // A report intake cannot read (yet) still arrived: it counts, under no category.
                var content = read.containsKey(arrival.report()) ? read.get(arrival.report()).content() : null;
                rows.add(new Facts.ReceivedReport(arrival.report().value(), arrival.receivedAt(), arrival.source().name(),
                        content == null || content.incidentType() == null ? null : content.incidentType().name(),
                        content == null ? List.of() : content.annotations().stream().map(Enum::name).distinct().toList()));
            }
            List<UUID> ids = rows.stream().map(Facts.ReceivedReport::report).toList();
            counts.changeReports(ids, () -> facts.received(rows));
            counts.changeCases(facts.casesOf(ids), () -> facts.categoriseCases(facts.casesOf(ids)));
        }
    }
}
